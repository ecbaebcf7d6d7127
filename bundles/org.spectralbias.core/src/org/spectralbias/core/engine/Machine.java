package org.spectralbias.core.engine;

import com.google.gson.JsonObject;

/** The facts about the machine a run records in its provenance. */
final class Machine {

	private Machine() {
	}

	static JsonObject describe() {
		JsonObject o = new JsonObject();
		o.addProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		o.addProperty("processors", Runtime.getRuntime().availableProcessors());
		o.addProperty("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
		o.addProperty("java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
		return o;
	}
}
