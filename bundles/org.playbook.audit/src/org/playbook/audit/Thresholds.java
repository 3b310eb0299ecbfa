package org.playbook.audit;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IPreferencesService;

/**
 * The numbers the rules judge by. They are preferences (Window > Preferences > Playbook >
 * Audit), so an agency sets what "too promotional" means for it; the defaults follow the
 * seed posts.
 *
 * @param maxPromotionalShare percent of posts that may sell before the mix reads as a sales pitch
 * @param minPostsPerWeek     fewer posts a week than this on a network reads as an account left alone (0.25: about monthly)
 * @param maxNetworksWithoutPrimary more networks than this with none primary is chasing networks
 * @param maxResponseHours    slower answers than this are not listening
 */
public record Thresholds(int maxPromotionalShare, double minPostsPerWeek, int maxNetworksWithoutPrimary, double maxResponseHours) {
	public static final String QUALIFIER = "org.playbook.audit";
	public static final String MAX_PROMOTIONAL_SHARE = "maxPromotionalShare", MIN_POSTS_PER_WEEK = "minPostsPerWeek",
			MAX_NETWORKS_WITHOUT_PRIMARY = "maxNetworksWithoutPrimary", MAX_RESPONSE_HOURS = "maxResponseHours";

	public static final Thresholds DEFAULTS = new Thresholds(30, 0.25, 3, 24.0);

	/** The thresholds as the preferences say (instance scope over the defaults), or the defaults outside the platform. */
	public static Thresholds fromPreferences() {
		IPreferencesService preferences = Platform.isRunning() ? Platform.getPreferencesService() : null;
		if (preferences == null) {
			return DEFAULTS;
		}
		return new Thresholds(preferences.getInt(QUALIFIER, MAX_PROMOTIONAL_SHARE, DEFAULTS.maxPromotionalShare, null),
				preferences.getDouble(QUALIFIER, MIN_POSTS_PER_WEEK, DEFAULTS.minPostsPerWeek, null),
				preferences.getInt(QUALIFIER, MAX_NETWORKS_WITHOUT_PRIMARY, DEFAULTS.maxNetworksWithoutPrimary, null),
				preferences.getDouble(QUALIFIER, MAX_RESPONSE_HOURS, DEFAULTS.maxResponseHours, null));
	}

	/** Writes the defaults into the default scope, where the preference page's "Restore Defaults" finds them. */
	public static void initializeDefaults() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
		defaults.putInt(MAX_PROMOTIONAL_SHARE, DEFAULTS.maxPromotionalShare);
		defaults.putDouble(MIN_POSTS_PER_WEEK, DEFAULTS.minPostsPerWeek);
		defaults.putInt(MAX_NETWORKS_WITHOUT_PRIMARY, DEFAULTS.maxNetworksWithoutPrimary);
		defaults.putDouble(MAX_RESPONSE_HOURS, DEFAULTS.maxResponseHours);
	}
}
