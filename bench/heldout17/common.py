def A(id, src, t, title, p1, p2, p3, s=(), p=None, it=None, tags="", n=(), b=None):
    return dict(id=id, src=src, t=t, title=title, paras=[p1, p2, p3], s=list(s), p=p, it=it, tags=tags, n=list(n), b=b)
