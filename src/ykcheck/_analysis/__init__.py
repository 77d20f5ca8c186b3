"""Analysis of evaluated data beyond single verdicts: indicator histories across years, and lint
findings on a data set. Data in, data out: rendering is ``_render``'s."""
