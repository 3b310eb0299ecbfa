package org.playbook.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.playbook.model.ApprovalState;
import org.playbook.model.CalendarEntry;
import org.playbook.model.ContentIntent;
import org.playbook.model.Network;

/**
 * Which entries a calendar shows: the days from {@code from} to {@code to} (both included),
 * and, where a set is not empty, only those clients (by name, any case), industries,
 * networks, pillars (by name), intents and review states.
 */
public record CalendarFilter(LocalDate from, LocalDate to, Set<String> clients, Set<String> industries, Set<Network> networks,
		Set<String> pillars, Set<ContentIntent> intents, Set<ApprovalState> approvals) {

	public CalendarFilter {
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("the calendar's last day (" + to + ") is before its first (" + from + ")");
		}
		clients = lower(clients);
		industries = lower(industries);
		networks = networks == null ? Set.of() : Set.copyOf(networks);
		pillars = lower(pillars);
		intents = intents == null ? Set.of() : Set.copyOf(intents);
		approvals = approvals == null ? Set.of() : Set.copyOf(approvals);
	}

	/** Every entry of the days. */
	public static CalendarFilter days(LocalDate from, LocalDate to) {
		return new CalendarFilter(from, to, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
	}

	public CalendarFilter withClients(Set<String> names) {
		return new CalendarFilter(from, to, names, industries, networks, pillars, intents, approvals);
	}

	public CalendarFilter withIndustries(Set<String> names) {
		return new CalendarFilter(from, to, clients, names, networks, pillars, intents, approvals);
	}

	public CalendarFilter withNetworks(Set<Network> chosen) {
		return new CalendarFilter(from, to, clients, industries, chosen, pillars, intents, approvals);
	}

	public CalendarFilter withPillars(Set<String> names) {
		return new CalendarFilter(from, to, clients, industries, networks, names, intents, approvals);
	}

	public CalendarFilter withIntents(Set<ContentIntent> chosen) {
		return new CalendarFilter(from, to, clients, industries, networks, pillars, chosen, approvals);
	}

	/** Only the entries whose review with the client stands so (an entry never sent is a draft). */
	public CalendarFilter withApprovals(Set<ApprovalState> chosen) {
		return new CalendarFilter(from, to, clients, industries, networks, pillars, intents, chosen);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

	/** Whether the filter lets the client's entries in at all (before looking at each). */
	public boolean admitsClient(String name, String industry) {
		return (clients.isEmpty() || clients.contains(lower(name))) && (industries.isEmpty() || industries.contains(lower(industry)));
	}

	public boolean matches(ScheduledEntry entry) {
		return contains(entry.day()) && admitsClient(entry.clientName(), entry.client().getIndustry()) && admitsEntry(entry.entry());
	}

	/** Whether the entry's network, pillar, intent and review state are let in (its client and day aside). */
	public boolean admitsEntry(CalendarEntry entry) {
		return (networks.isEmpty() || networks.contains(entry.getNetwork()))
				&& (pillars.isEmpty() || pillars.contains(lower(entry.getPillar() == null ? null : entry.getPillar().getName())))
				&& (intents.isEmpty() || intents.contains(entry.getIntent()))
				&& (approvals.isEmpty() || approvals.contains(entry.getApproval()));
	}

	private static Set<String> lower(Set<String> names) {
		return names == null ? Set.of() : names.stream().map(CalendarFilter::lower).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	private static String lower(String name) {
		return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
	}
}
