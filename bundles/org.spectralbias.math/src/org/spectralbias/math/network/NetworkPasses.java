package org.spectralbias.math.network;

import java.util.Optional;

import org.spectralbias.math.VectorApi;

/**
 * The two passes of a gradient-descent step of a {@link NetworkKernel}'s network, split into tasks that depend only
 * on the problem size (never on the thread count) and write disjoint outputs. Every implementation follows the
 * operation order documented in {@link NetworkKernel}, so all give the same doubles.
 * <p>
 * Implementations: {@link Plain} (plain Java, always available) and, in the fragment
 * {@value VectorApi#FRAGMENT}, {@code VectorNetworkPasses} on the Vector API (ReLU only).
 *
 * @param <S> per-thread scratch
 */
abstract class NetworkPasses<S> {

	private static final String VECTOR_CLASS = "org.spectralbias.math.network.VectorNetworkPasses";

	final NetworkKernel net;

	NetworkPasses(NetworkKernel net) {
		this.net = net;
	}

	/** @return fresh scratch for one thread */
	abstract S newScratch();

	/** @return the number of forward tasks for n samples */
	abstract int forwardTasks(int n);

	/**
	 * Computes f_i for the samples of one task.
	 *
	 * @param xt x̃ rows, padded to {@link NetworkKernel#paddedRows}
	 * @param n  the number of samples
	 * @param f  receives f_i for i &lt; n
	 */
	abstract void forward(double[] xt, int n, int task, double[] f, S scratch);

	/** @return the number of backward tasks */
	abstract int backwardTasks();

	/**
	 * Updates the weights of the neurons of one task.
	 *
	 * @param gs scaled output gradients, one per padded row, zero on the padding
	 */
	abstract void backward(double[] xt, double[] gs, boolean trainSecond, int task, S scratch);

	/** @return what computes, for reports */
	abstract String describe();

	/** The plain-Java loops of {@link NetworkKernel}. */
	static final class Plain extends NetworkPasses<NetworkKernel.Scratch> {

		Plain(NetworkKernel net) {
			super(net);
		}

		@Override
		NetworkKernel.Scratch newScratch() {
			return net.newScratch();
		}

		@Override
		int forwardTasks(int n) {
			return NetworkKernel.sampleBlocks(n);
		}

		@Override
		void forward(double[] xt, int n, int task, double[] f, NetworkKernel.Scratch scratch) {
			net.forward(xt, n, task, f, scratch);
		}

		@Override
		int backwardTasks() {
			return net.neuronBlocks();
		}

		@Override
		void backward(double[] xt, double[] gs, boolean trainSecond, int task, NetworkKernel.Scratch scratch) {
			net.backward(xt, gs, trainSecond, task, scratch);
		}

		@Override
		String describe() {
			return "plain Java (auto-vectorised loops)";
		}
	}

	/**
	 * @return the Vector API passes for this network, or empty when the path is unavailable or does not support
	 *         the activation (only ReLU)
	 */
	static Optional<NetworkPasses<?>> vector(NetworkKernel net) {
		if (!net.relu) {
			return Optional.empty();
		}
		return VectorApi.load(VECTOR_CLASS).map(type -> {
			try {
				return (NetworkPasses<?>) type.getDeclaredConstructor(NetworkKernel.class).newInstance(net);
			} catch (ReflectiveOperationException e) {
				throw new IllegalStateException("the Vector API passes of " + VectorApi.FRAGMENT
						+ " cannot be created", e);
			}
		});
	}
}
