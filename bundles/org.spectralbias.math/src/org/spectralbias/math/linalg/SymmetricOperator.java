package org.spectralbias.math.linalg;

/**
 * A real symmetric n × n linear operator given by its product with a vector, for iterative eigensolvers such as
 * {@link LanczosEigensolver}: a Gram matrix can be applied block by block, or from a compressed form, without a
 * second n × n copy. {@link DenseSymmetricOperator} adapts a row-major matrix.
 * <p>
 * A minimal implementation, the diagonal matrix diag(1, 2, …, n):
 *
 * <pre>{@code
 * SymmetricOperator diagonal = new SymmetricOperator() {
 * 	public int size() {
 * 		return n;
 * 	}
 *
 * 	public void multiply(double[] x, double[] y) {
 * 		for (int i = 0; i < n; i++) {
 * 			y[i] = (i + 1) * x[i];
 * 		}
 * 	}
 * };
 * }</pre>
 * <p>
 * Thread safety: solvers call {@link #multiply} from one thread at a time; an implementation may use several
 * threads inside a call.
 */
public interface SymmetricOperator {

	/** @return n, the order of the operator, ≥ 0 */
	int size();

	/**
	 * y = A x. A must be symmetric (to rounding): solvers rely on xᵀ(A y) = (A x)ᵀy.
	 *
	 * @param x the vector, length n; not modified
	 * @param y receives A x, length n; overwritten, never the same array as x
	 */
	void multiply(double[] x, double[] y);
}
