package org.playbook.branding;

import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How what a client reads looks: the name it comes from, a logo and two colours. The
 * agency sets its brand in the preferences; a client that wants its own sets it on its
 * folder ({@link Brands}). Whatever could not be used (a logo file that is gone, a colour
 * that is not one) is in {@link #warnings()}, and the default stands in for it.
 *
 * @param name     who sends the page or report, e.g. "Tidewater Social"; null: none shown
 * @param logo     the logo, or null
 * @param primary  headings and the page's band, as {@code #rrggbb}
 * @param accent   rules, links and buttons, as {@code #rrggbb}
 * @param warnings what of the settings could not be used, each naming the setting and why
 */
public record Brand(String name, Logo logo, String primary, String accent, List<String> warnings) {
	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	/** No agency brand set: Playbook's own colours, no name, no logo. */
	public static final Brand PLAYBOOK = new Brand(null, null, "#2b4c7e", "#b3541e", List.of());

	public Brand {
		warnings = List.copyOf(warnings);
	}

	/** Whether the text is a colour a brand takes: {@code #} and six hex digits. */
	public static boolean isColour(String text) {
		return text != null && COLOUR.matcher(text).matches();
	}

	/**
	 * An image to show with the name.
	 *
	 * @param mediaType {@code image/png} or {@code image/jpeg}: what a browser and a PDF both show
	 * @param bytes     the image as read, at most {@link Brands#MAX_LOGO_BYTES}
	 */
	public record Logo(String mediaType, byte[] bytes) {
		/** The logo as a {@code data:} URI, so a page that may fetch nothing still shows it. */
		public String dataUri() {
			return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
		}
	}
}
