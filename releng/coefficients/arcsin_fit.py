#!/usr/bin/env python3
"""Coefficients of org.spectralbias.math.special.Arccos (run: python3 releng/coefficients/arcsin_fit.py).

arcsin(s) = s + s·z·P(z), z = s², for s in [0, 1/2]; P(z) = (arcsin(√z)/√z − 1)/z is analytic on [0, 1/4]
(its nearest singularity is z = 1), so a Chebyshev fit of 13 coefficients (degree 12) reaches an absolute error of
1.5e−17 (relative 9e−17, P(0) = 1/6). Computed in 50-digit arithmetic (mpmath.chebyfit), printed lowest power
first as Java literals; the class's test checks the fitted polynomial against the Maclaurin series of arcsin.
"""
import mpmath as mp

mp.mp.dps = 50


def p(z):
    if z == 0:
        return mp.mpf(1) / 6
    s = mp.sqrt(z)
    return (mp.asin(s) / s - 1) / z


poly, err = mp.chebyfit(p, [0, mp.mpf(1) / 4], 13, error=True)
print("// absolute error of the fit on [0, 1/4]:", mp.nstr(err, 3))
for c in reversed(poly):
    print(repr(float(c)) + ",")
