package org.spectralbias.cli.application;

import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The headless command line inside the installed product: the Eclipse application
 * {@code org.spectralbias.cli.application.headless} hands its arguments to the command-line service of bundle
 * {@code org.spectralbias.cli} (the same service the Felix launcher calls) and exits with its code. So
 * {@code java -jar plugins/org.eclipse.equinox.launcher_*.jar -nosplash -application
 * org.spectralbias.cli.application.headless spectrum --kernel ntk --activation relu --ambient-dim 10} computes with
 * exactly the bundles the product has, including plug-ins installed with p2.
 * <p>
 * Equinox-only (it implements {@link IApplication}); the command line itself stays framework-neutral.
 */
public final class HeadlessApplication implements IApplication {

	/** How long to wait for the Declarative Services runtime to register the command line. */
	private static final long SERVICE_TIMEOUT_SECONDS = 60;

	/** Exit code of a command that failed (the command line's own convention). */
	private static final int FAILED = 1;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = raw instanceof String[] a ? a : new String[0];
		context.applicationRunning();
		BundleContext bundleContext = FrameworkUtil.getBundle(HeadlessApplication.class).getBundleContext();
		Filter filter = bundleContext.createFilter("(&(objectClass=" + ToIntFunction.class.getName()
				+ ")(spectralbias.command=cli))");
		ServiceTracker<ToIntFunction<String[]>, ToIntFunction<String[]>> tracker = new ServiceTracker<>(bundleContext,
				filter, null);
		tracker.open();
		try {
			ToIntFunction<String[]> cli = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_TIMEOUT_SECONDS));
			if (cli == null) {
				System.err.println("spectralbias: failed: the command-line service (bundle org.spectralbias.cli) did not"
						+ " start within " + SERVICE_TIMEOUT_SECONDS + " s; check that the bundle and"
						+ " org.apache.felix.scr are installed and resolved (-consoleLog shows why not)");
				return FAILED;
			}
			return cli.applyAsInt(args);
		} finally {
			tracker.close();
		}
	}

	@Override
	public void stop() {
		// the command runs to completion; there is nothing to interrupt
	}
}
