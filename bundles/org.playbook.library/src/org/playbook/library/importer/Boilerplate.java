package org.playbook.library.importer;

import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The furniture of a saved web page, which is not the post: navigation, forms and buttons,
 * scripts, frames, and whatever a site names a newsletter box, a cookie notice, a share
 * bar, related posts, an advert, a sidebar or an author box. Names are compared word by word
 * ("newsletter-signup", "cookie_banner", "post-tags"), so a class like "socialmedia-guide"
 * is not taken for a share bar.
 */
final class Boilerplate {
	private static final String TAGS = "script, style, noscript, template, nav, form, aside, iframe, frame, frameset, svg, button, select, input, textarea";
	private static final Set<String> WORDS = Set.of("newsletter", "subscribe", "subscription", "signup", "optin", "cookie", "cookies", "consent", "gdpr",
			"share", "sharing", "shares", "sharedaddy", "addthis", "related", "promo", "promotion", "banner", "advert", "advertisement", "ads", "ad",
			"sponsor", "sponsored", "sidebar", "widget", "widgets", "popup", "modal", "overlay", "cta", "breadcrumb", "breadcrumbs", "navbar", "nav",
			"navigation", "footer", "masthead", "toolbar", "topbar", "tags", "tagcloud", "byline", "meta", "author", "bio", "pagination",
			"skip", "print", "hidden", "sr", "screen", "respond", "reply", "trending", "popular", "recommended");

	private Boilerplate() {
	}

	/** Removes the furniture inside the element (never the element itself or what holds it). */
	static void removeFrom(Element article) {
		article.select(TAGS).remove();
		Elements candidates = article.select("[class], [id], [role], [aria-hidden=true], [hidden]");
		for (Element element : candidates) {
			if (element != article && element.parent() != null && isFurniture(element)) {
				element.remove();
			}
		}
	}

	static boolean isFurniture(Element element) {
		String role = element.attr("role").toLowerCase(Locale.ROOT);
		if (role.equals("navigation") || role.equals("complementary") || role.equals("banner") || role.equals("contentinfo")
				|| element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")) {
			return true;
		}
		for (String word : (element.className() + " " + element.id()).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
			if (WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}
}
