package org.playbook.audit.rules;

/**
 * The metrics imported actuals are recorded under (per network and month), so the audit can
 * compare what was posted with what was planned.
 */
public final class ActualMetrics {
	public static final String POSTS = "Posts published";
	public static final String PROMOTIONAL_POSTS = "Promotional posts";
	public static final String IMPRESSIONS = "Impressions";
	public static final String ENGAGEMENTS = "Engagements";
	public static final String CLICKS = "Clicks";

	private ActualMetrics() {
	}
}
