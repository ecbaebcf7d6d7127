package org.spectralbias.core.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.spectralbias.core.contrib.Contribution;
import org.spectralbias.core.contrib.ContributionInfo;

/**
 * The catalogue of one contribution point: tracks the OSGi services that provide the point's interface, as they come
 * and go, and reports every contribution — usable or not — with its bundle and, when broken, the reason.
 * <p>
 * A contribution whose component fails to activate, lacks an id, throws from {@link Contribution#parameters()}, or
 * repeats an id already taken is listed as failed; it never hides the others. Lookups return {@link Optional}.
 * Thread-safe.
 *
 * @param <T> the contribution interface
 */
public final class Catalogue<T extends Contribution> {

	private final ContributionKind kind;
	private final Class<T> type;
	private final ScrDiagnostics diagnostics;
	private final ServiceTracker<T, Tracked<T>> tracker;

	/** What the tracker holds per service reference. */
	private record Tracked<T>(ServiceReference<T> reference, T service, String problem) {
	}

	Catalogue(BundleContext context, ContributionKind kind, Class<T> type, ScrDiagnostics diagnostics) {
		this.kind = kind;
		this.type = type;
		this.diagnostics = diagnostics;
		this.tracker = new ServiceTracker<>(context, type, new ServiceTrackerCustomizer<T, Tracked<T>>() {
			@Override
			public Tracked<T> addingService(ServiceReference<T> reference) {
				return track(context, reference);
			}

			@Override
			public void modifiedService(ServiceReference<T> reference, Tracked<T> tracked) {
				// properties are re-read on every listing
			}

			@Override
			public void removedService(ServiceReference<T> reference, Tracked<T> tracked) {
				if (tracked.service() != null) {
					context.ungetService(reference);
				}
			}
		});
	}

	private Tracked<T> track(BundleContext context, ServiceReference<T> reference) {
		T service;
		try {
			service = context.getService(reference);
		} catch (RuntimeException e) {
			return new Tracked<>(reference, null, "the service could not be obtained: " + e);
		}
		if (service == null) {
			return new Tracked<>(reference, null, diagnostics.explain(reference));
		}
		try {
			service.parameters();
		} catch (RuntimeException | LinkageError e) {
			return new Tracked<>(reference, service, "parameters() threw " + e);
		}
		if (!(reference.getProperty(ContributionInfo.ID) instanceof String id) || id.isBlank()) {
			return new Tracked<>(reference, service, "the component declares no '" + ContributionInfo.ID
					+ "' property (annotate it with @ContributionInfo)");
		}
		return new Tracked<>(reference, service, null);
	}

	void open() {
		tracker.open();
	}

	void close() {
		tracker.close();
	}

	/** @return the point this catalogue serves */
	public ContributionKind kind() {
		return kind;
	}

	/**
	 * @return every contribution of this point, active and failed, sorted by id; among contributions with the same
	 *         id the one with the highest service ranking is active and the others are failed as duplicates
	 */
	public List<ContributionEntry<T>> entries() {
		List<Tracked<T>> tracked = new ArrayList<>(tracker.getTracked().values());
		// highest ranking first, so the first occurrence of an id wins
		tracked.sort(Comparator.comparing((Tracked<T> t) -> t.reference()).reversed());
		List<ContributionEntry<T>> entries = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		Set<String> componentNames = new HashSet<>();
		for (Tracked<T> t : tracked) {
			ServiceReference<T> ref = t.reference();
			Object componentName = ref.getProperty("component.name");
			if (componentName != null) {
				componentNames.add(componentName.toString());
			}
			String id = text(ref.getProperty(ContributionInfo.ID), componentName == null ? "?" : componentName.toString());
			String problem = t.problem();
			if (problem == null && !taken.add(id)) {
				problem = "duplicate id '" + id
						+ "': another contribution with this id is used (higher service ranking, or registered first)";
			}
			Bundle bundle = ref.getBundle();
			entries.add(new ContributionEntry<>(kind, id, text(ref.getProperty(ContributionInfo.NAME), ""),
					text(ref.getProperty(ContributionInfo.DESCRIPTION), ""),
					bundle == null ? "?" : bundle.getSymbolicName(),
					bundle == null ? "?" : bundle.getVersion().toString(),
					problem == null ? ContributionStatus.ACTIVE : ContributionStatus.FAILED,
					problem == null ? "" : problem,
					problem == null ? Optional.of(t.service()) : Optional.empty()));
		}
		for (ContributionEntry<?> declared : diagnostics.unregistered(kind, componentNames)) {
			entries.add(new ContributionEntry<>(kind, declared.id(), declared.name(), declared.description(),
					declared.bundle(), declared.version(), declared.status(), declared.reason(), Optional.empty()));
		}
		entries.sort(Comparator.comparing(ContributionEntry<T>::id).thenComparing(e -> e.status()));
		return entries;
	}

	/** @return the ids of the active contributions, sorted */
	public List<String> ids() {
		return entries().stream().filter(ContributionEntry::isActive).map(ContributionEntry::id).toList();
	}

	/**
	 * @param id a contribution id
	 * @return the active contribution with that id
	 */
	public Optional<T> find(String id) {
		return entries().stream().filter(e -> e.isActive() && e.id().equals(id)).findFirst()
				.flatMap(ContributionEntry::service);
	}

	/**
	 * @param id a contribution id
	 * @return the entry (active or failed) with that id
	 */
	public Optional<ContributionEntry<T>> entry(String id) {
		return entries().stream().filter(e -> e.id().equals(id)).findFirst();
	}

	/** @return the contribution interface */
	public Class<T> type() {
		return type;
	}

	private static String text(Object value, String fallback) {
		return value instanceof String s && !s.isBlank() ? s : fallback;
	}

	@Override
	public String toString() {
		return "Catalogue[" + kind.label() + ", " + tracker.size() + " services]";
	}
}
