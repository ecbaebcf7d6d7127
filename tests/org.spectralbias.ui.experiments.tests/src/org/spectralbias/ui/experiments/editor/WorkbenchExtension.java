package org.spectralbias.ui.experiments.editor;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.spectralbias.ui.Application;

/**
 * Runs UI tests in the product: starts the Spectral Bias application (its display, workbench window and perspective)
 * once per test run on a thread of its own, runs every test method and every before/after method on that UI thread
 * (so a test spins the event loop itself, as a modal dialog does), and closes the workbench at the end.
 * <p>
 * This stands in for tycho-surefire's UI harness, which requires the IDE's {@code org.eclipse.ui.ide.application}
 * bundle in the test runtime; the product has no IDE and the target platform does not carry it.
 */
public final class WorkbenchExtension implements BeforeAllCallback, InvocationInterceptor {

	private static final long START_TIMEOUT_MILLIS = 180_000;

	private static Thread uiThread;
	private static final AtomicReference<Throwable> STARTUP_FAILURE = new AtomicReference<>();

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		start();
		context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(WorkbenchExtension.class,
				k -> (ExtensionContext.Store.CloseableResource) WorkbenchExtension::stop);
	}

	private static synchronized void start() throws InterruptedException {
		if (uiThread == null) {
			uiThread = new Thread(() -> {
				try {
					new Application().start(null);
				} catch (Throwable t) {
					STARTUP_FAILURE.set(t);
				}
			}, "Spectral Bias workbench (UI tests)");
			uiThread.start();
		}
		long end = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
		while (!started()) {
			if (STARTUP_FAILURE.get() != null) {
				throw new IllegalStateException("the workbench failed to start", STARTUP_FAILURE.get());
			}
			if (System.currentTimeMillis() > end || !uiThread.isAlive()) {
				throw new IllegalStateException("the workbench did not start within " + START_TIMEOUT_MILLIS + " ms");
			}
			Thread.sleep(100);
		}
	}

	private static boolean started() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return false;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		boolean[] ready = { false };
		display.syncExec(() -> ready[0] = !PlatformUI.getWorkbench().isStarting()
				&& PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0
				&& PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage() != null);
		return ready[0];
	}

	private static void stop() throws InterruptedException {
		if (PlatformUI.isWorkbenchRunning()) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.syncExec(() -> PlatformUI.getWorkbench().close());
		}
		uiThread.join(60_000);
	}

	@Override
	public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
			ExtensionContext extensionContext) throws Throwable {
		onUiThread(invocation);
	}

	@Override
	public void interceptBeforeAllMethod(Invocation<Void> invocation,
			ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
		onUiThread(invocation);
	}

	@Override
	public void interceptAfterAllMethod(Invocation<Void> invocation,
			ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
		onUiThread(invocation);
	}

	@Override
	public void interceptBeforeEachMethod(Invocation<Void> invocation,
			ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
		onUiThread(invocation);
	}

	@Override
	public void interceptAfterEachMethod(Invocation<Void> invocation,
			ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
		onUiThread(invocation);
	}

	private static void onUiThread(Invocation<Void> invocation) throws Throwable {
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (display.getThread() == Thread.currentThread()) {
			invocation.proceed();
			return;
		}
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				invocation.proceed();
			} catch (Throwable t) {
				failure.set(t);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
	}
}
