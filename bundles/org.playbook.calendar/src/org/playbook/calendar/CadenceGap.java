package org.playbook.calendar;

import java.time.LocalDate;

import org.playbook.model.Client;
import org.playbook.model.Network;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

/**
 * Days on which a client's network has gone longer without a planned post than its tactics'
 * posts a week promise: {@code from} to {@code to} (both included) are the days without one,
 * {@code allowedDays} the longest silence the promise allows. The audit's cadence rule
 * ({@link #RULE}) and the practices it cites say why that matters.
 */
public record CadenceGap(Client client, Strategy strategy, Network network, Tactic tactic, double postsPerWeek, int allowedDays,
		LocalDate from, LocalDate to) {
	/** The audit rule a gap is a finding of. */
	public static final String RULE = "content.cadence";

	public int days() {
		return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

	/** The finding in words, as the calendar's tooltip and the CLI say it. */
	public String message() {
		return client.getName() + ": no " + network.getLiteral() + " post planned for " + days() + " days (" + from + " to " + to + "), though "
				+ (tactic == null ? "the plan" : "'" + tactic.getName() + "'") + " promises " + format(postsPerWeek)
				+ " a week: at least one every " + allowedDays + " days.";
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
