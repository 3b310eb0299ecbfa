package org.playbook.library.nlp;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words about the page rather than about social media: calls to subscribe, download, share,
 * follow or comment, the page's furniture (cookies, forms, the video below), the post
 * announcing itself ("Here are four mistakes", "Let me explain") and sign-offs. A sentence
 * holding these is never proposed as a practice, however imperative it sounds. The list is
 * kept to what can only be about a page: anything that may also be said of social media work
 * ("spam", "screenshot", "unsubscribe rates", "here's what we did") is left to the learned
 * models, which see such sentences labelled either way.
 */
public final class MetaText {
	private static final Pattern META = Pattern.compile(String.join("|",
			// calls to action of the page itself: subscribe, download, share, follow, contact, comment
			"\\b(subscribe|sign up|signup|newsletter|opt in|opt-in)\\b",
			"\\bclick (here|below|the|on|this)\\b", "\\b(read|learn|find out|see) more\\b", "\\bread (on|the full|our|this)\\b",
			"\\bdownload (our|the|this|a|your|it|now|free)\\b", "\\b(free|our) (e-?book|template|checklist|guide|webinar|course|trial|pdf)\\b",
			"\\bshare (this|the) (post|article|page|story|guide|video)\\b", "\\bshare it with (a|your) (friends?|colleagues?|network|followers)\\b",
			"\\bfollow us\\b", "\\b(contact|call|email|e-mail) us\\b", "\\bget in touch\\b",
			"\\bleave (a|your) (comment|reply|review)\\b", "\\b(comment|comments) below\\b", "\\blet us know\\b", "\\bstay tuned\\b",
			"\\bbook (a|your) (call|demo|consultation)\\b", "\\brequest a (demo|quote)\\b", "\\bcheck out (our|this|my)\\b", "\\bjoin (our|us)\\b",
			"\\bregister (now|today|here)\\b", "\\bfollow (me|her|him|them|our|my) (on|at)\\b", "\\bdrop (me|us) a (line|note|message)\\b",
			"\\bkeep reading\\b", "\\bwithout further ado\\b",
			// the page's furniture: viewers, browsers, cookies, forms
			"\\b(adobe|acrobat|javascript|cookies?|zoom in|print this)\\b", "\\brequired fields\\b", "\\bwill not be published\\b",
			"\\b(video|image|chart|table) below\\b",
			// the post speaking of itself
			"\\b(in|throughout) (this|today's|the following) (post|article|guide|blog|piece|series|episode|video)\\b",
			"\\bthis (post|article|blog post) (is|will|covers|explains|shows|looks)\\b",
			"\\bthis (post|article|guide|tutorial) (walks|will walk|takes|will take) you\\b", "\\bwhat you('ll| will) learn\\b",
			"\\b(here are|here's|here is|below are) (the |some |a few |our |my )?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few|top)\\b",
			"\\blet (me|us) (explain|show|take|dive|start|begin|break|walk)\\b",
			// sign-offs, thanks, greetings, notices
			"^(thanks|thank you|cheers|hope this helps|happy \\w+ing|good luck|great post|nice post|love this|well said)\\b",
			"\\b(thanks|thank you) for (reading|sharing|stopping by)\\b", "\\b(what do you think|what are your thoughts|drop a comment)\\b",
			"^(edit|update|disclaimer|disclosure|p\\.s)\\s*:", "\\ball rights reserved\\b", "\\bcopyright\\b", "\\bprivacy policy\\b",
			"\\b(affiliate|sponsored) (link|post)\\b"), Pattern.CASE_INSENSITIVE);

	private MetaText() {
	}

	/** Whether the sentence is about the page, the post or its reader's next click, not advice. */
	public static boolean isMeta(String sentence) {
		String text = sentence.replace('’', '\'').toLowerCase(Locale.ROOT);
		return META.matcher(text).find();
	}

	/** An aside: a sentence in brackets, or one that starts like an editor's note. */
	public static boolean isAside(String sentence) {
		String text = sentence.strip();
		return text.startsWith("(") || text.startsWith("[") || text.endsWith(")") && text.indexOf('(') <= 1;
	}
}
