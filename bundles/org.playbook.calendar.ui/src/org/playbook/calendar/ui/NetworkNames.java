package org.playbook.calendar.ui;

import org.playbook.model.Network;

/** A network in two or three letters, as a busy calendar cell has room for. */
final class NetworkNames {
	private NetworkNames() {
	}

	static String shortName(Network network) {
		return switch (network) {
			case FACEBOOK -> "FB";
			case INSTAGRAM -> "IG";
			case X -> "X";
			case LINKEDIN -> "in";
			case YOUTUBE -> "YT";
			case TIKTOK -> "TT";
			case PINTEREST -> "Pin";
			case THREADS -> "Th";
			case BLUESKY -> "Bsky";
			case BLOG -> "Blog";
			case NEWSLETTER -> "News";
			default -> "•";
		};
	}
}
