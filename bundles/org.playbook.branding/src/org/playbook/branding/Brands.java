package org.playbook.branding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Where brands are set and how they combine. The agency's are preferences (Window >
 * Preferences > Playbook > Branding, instance scope); a client's own are the same keys in
 * its folder's project preferences ({@value #CLIENT_SETTINGS}, what Eclipse's project
 * scope writes, so they travel with the client's folder when it is shared). A key the
 * client sets wins; the rest come from the agency, then from {@link Brand#PLAYBOOK}.
 */
public final class Brands {
	public static final String QUALIFIER = "org.playbook.branding";
	public static final String NAME = "name", LOGO = "logo", PRIMARY = "primaryColour", ACCENT = "accentColour";
	/** The client folder's file of its own brand settings. */
	public static final String CLIENT_SETTINGS = ".settings/" + QUALIFIER + ".prefs";
	/** A logo is shown on every page a client opens, inline: larger than this is refused. */
	public static final int MAX_LOGO_BYTES = 512 * 1024;

	private Brands() {
	}

	/** The agency's brand as the preferences say, or Playbook's outside the platform. */
	public static Brand agency() {
		return resolve(agencySettings(), key -> null, null);
	}

	/** The brand a client's pages and reports carry: its folder's settings over the agency's. */
	public static Brand of(Path clientFolder) {
		List<String> warnings = new ArrayList<>();
		Properties own = clientSettings(clientFolder, warnings);
		Brand brand = resolve(agencySettings(), own::getProperty, clientFolder);
		if (warnings.isEmpty()) {
			return brand;
		}
		warnings.addAll(brand.warnings());
		return new Brand(brand.name(), brand.logo(), brand.primary(), brand.accent(), warnings);
	}

	/** The instance scope only: the pages put their shown defaults in the default scope, which must not read as settings. */
	private static UnaryOperator<String> agencySettings() {
		if (!Platform.isRunning()) {
			return key -> null;
		}
		IEclipsePreferences agency = InstanceScope.INSTANCE.getNode(QUALIFIER);
		return key -> blankToNull(agency.get(key, null));
	}

	private static Properties clientSettings(Path clientFolder, List<String> warnings) {
		Properties settings = new Properties();
		Path file = clientFolder.resolve(CLIENT_SETTINGS);
		if (Files.isRegularFile(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				settings.load(in);
			} catch (IOException | IllegalArgumentException e) {
				warnings.add(file + " could not be read (" + e.getMessage() + "): the agency's brand is used");
				settings.clear();
			}
		}
		return settings;
	}

	/** Each key from the client's settings if set there, else the agency's; a client's relative logo path is in its folder. */
	private static Brand resolve(UnaryOperator<String> agency, UnaryOperator<String> client, Path clientFolder) {
		List<String> warnings = new ArrayList<>();
		String name = pick(client, agency, NAME);
		String primary = colour(pick(client, agency, PRIMARY), Brand.PLAYBOOK.primary(), "primary colour", warnings);
		String accent = colour(pick(client, agency, ACCENT), Brand.PLAYBOOK.accent(), "accent colour", warnings);
		String clientLogo = blankToNull(client.apply(LOGO));
		Path logoFile = clientLogo != null ? clientFolder.resolve(clientLogo)
				: agency.apply(LOGO) == null ? null : Path.of(agency.apply(LOGO));
		return new Brand(name, logoFile == null ? null : logo(logoFile, warnings), primary, accent, warnings);
	}

	private static String pick(UnaryOperator<String> client, UnaryOperator<String> agency, String key) {
		String own = blankToNull(client.apply(key));
		return own != null ? own : agency.apply(key);
	}

	private static String colour(String value, String fallback, String what, List<String> warnings) {
		if (value == null) {
			return fallback;
		}
		if (Brand.isColour(value.strip())) {
			return value.strip().toLowerCase(Locale.ROOT);
		}
		warnings.add("the " + what + " \"" + value + "\" is not a colour like #2b4c7e: " + fallback + " is used");
		return fallback;
	}

	/** Why the file cannot be a logo (too large, not a PNG or JPEG, unreadable), or null when it can. */
	public static String logoProblem(Path file) {
		List<String> problems = new ArrayList<>();
		return logo(file, problems) == null ? problems.get(0) : null;
	}

	/** The logo file read and its kind told from its first bytes, not its name; null with a warning when it cannot be shown. */
	static Brand.Logo logo(Path file, List<String> warnings) {
		try {
			if (Files.size(file) > MAX_LOGO_BYTES) {
				warnings.add("the logo " + file + " is larger than " + MAX_LOGO_BYTES / 1024 + " KB: no logo is shown");
				return null;
			}
			byte[] bytes = Files.readAllBytes(file);
			String type = mediaType(bytes);
			if (type == null) {
				warnings.add("the logo " + file + " is not a PNG or JPEG image: no logo is shown");
				return null;
			}
			return new Brand.Logo(type, bytes);
		} catch (IOException e) {
			warnings.add("the logo " + file + " could not be read (" + e.getClass().getSimpleName() + "): no logo is shown");
			return null;
		}
	}

	private static String mediaType(byte[] bytes) {
		if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "image/png";
		}
		if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		return null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
