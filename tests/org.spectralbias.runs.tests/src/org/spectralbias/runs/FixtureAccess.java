package org.spectralbias.runs;

import java.nio.file.Path;

/** The shared fixture runs, for tests in other packages. */
public final class FixtureAccess {

	private FixtureAccess() {
	}

	/** @return the completed run on uniform inputs */
	public static Path uniform() throws Exception {
		return Fixture.get().uniform;
	}

	/** @return the completed run on anisotropic-Gaussian inputs */
	public static Path anisotropic() throws Exception {
		return Fixture.get().anisotropic;
	}

	/** @return a copy of the fixture's runs folder */
	public static Path copy() throws Exception {
		return Fixture.get().copy();
	}

	/** @return the fixture's runs folder */
	public static Path root() throws Exception {
		return Fixture.get().root;
	}
}
