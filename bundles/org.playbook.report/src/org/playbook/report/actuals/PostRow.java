package org.playbook.report.actuals;

import java.time.LocalDate;

import org.playbook.model.Network;

/** One published post as a social tool's export lists it. Counts the export lacks are 0. */
public record PostRow(int line, LocalDate date, Network network, String text, double impressions, double engagements, double clicks,
		String link) {
}
