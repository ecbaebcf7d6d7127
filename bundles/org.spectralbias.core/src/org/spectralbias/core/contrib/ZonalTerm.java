package org.spectralbias.core.contrib;

/**
 * One term a·P_k(⟨ζ, x⟩) of a target, with P_k the normalised Gegenbauer polynomial of the ambient dimension
 * (P_k(1) = 1). The engine projects the residual on the vector (P_k(⟨ζ, x_i⟩))_i of each term.
 *
 * @param degree      k ≥ 0
 * @param coefficient a
 * @param direction   ζ, a unit vector of length D (the caller must not modify it)
 */
public record ZonalTerm(int degree, double coefficient, double[] direction) {
}
