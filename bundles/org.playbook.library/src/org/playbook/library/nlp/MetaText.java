package org.playbook.library.nlp;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words about the page rather than about social media: calls to subscribe, download, share
 * or comment, instructions for viewers and browsers, sign-offs and thanks, lead-ins to what
 * follows ("Let me explain", "Here are four mistakes"), and edits and asides. A sentence made
 * of these is never proposed as a practice, however imperative it sounds.
 */
public final class MetaText {
	private static final Pattern META = Pattern.compile(String.join("|",
			// calls to action of the page itself
			"\\b(subscribe|sign up|signup|newsletter|unsubscribe|inbox|opt in|opt-in)\\b",
			"\\bclick (here|below|the|on|this)\\b", "\\b(read|learn|find out|see) more\\b", "\\bread (on|the full|our|this)\\b",
			"\\bdownload (our|the|this|a|your|it|now|free)\\b", "\\b(free|our) (e-?book|template|checklist|guide|webinar|course|trial|pdf)\\b",
			"\\bshare (this|the) (post|article|page|story|guide|video)\\b", "\\bshare it with (a|your) (friends?|colleagues?|network|followers)\\b", "\\bfollow us\\b", "\\b(contact|call|email|e-mail) us\\b", "\\bget in touch\\b",
			"\\bleave (a|your) (comment|reply|review)\\b", "\\b(comment|comments) below\\b", "\\blet us know\\b", "\\btell us\\b", "\\bstay tuned\\b",
			"\\bbook (a|your) (call|demo|consultation)\\b", "\\brequest a (demo|quote)\\b", "\\bcheck out (our|this|my)\\b", "\\bjoin (our|us)\\b",
			"\\bregister (now|today|here)\\b", "\\bfollow (me|her|him|them|our|my) (on|at)\\b", "\\bdrop (me|us) a (line|note|message)\\b",
			"\\bhere'?s (a|an|our|my|the|what|how)\\b", "\\bthis (guide|post|article) (breaks|walks|takes|offers|gives|outlines|describes|discusses|covers)\\b", "\\bbookmark\\b", "\\bspam\\b", "\\brequired fields\\b", "\\bwill not be published\\b",
			// viewers, files and the browser
			"\\b(adobe|acrobat|reader|viewer|viewers|browser|javascript|cookies?|pdf|zoom in|print this|this document|this page|this site|this website)\\b",
			"\\bmind ?map\\b", "\\b(slide ?deck|slides|infographic|podcast episode|video below|image below|chart below|table below|screenshot)\\b",
			// the post talking about itself
			"\\b(in|throughout|for) (this|today's|the following|our|my) (post|article|guide|blog|piece|series|section|episode|video)\\b",
			"\\b(this|the) (post|article|guide|blog post|piece) (is|was|will|covers|explains|shows|looks)\\b", "\\b(below|above),? (you'll|you will|we)\\b",
			"\\b(here are|here's|here is|below are|these are) (the |some |a few |our |my )?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few|top)\\b",
			"\\b(we've|we have|i've|i have) (categori[sz]ed|compiled|collected|gathered|rounded up|put together|listed)\\b",
			"\\blet (me|us|'s) (explain|show|look|take|dive|start|begin|break|talk|get|walk|see|go|review|recap|revisit|examine|explore)\\b",
			"\\blet's\\b", "\\bwithout further ado\\b", "\\bkeep reading\\b", "\\bread on\\b", "\\bas (i|we) (said|mentioned|noted|wrote)\\b",
			// sign-offs, thanks, greetings
			"^(thanks|thank you|cheers|hope this helps|hope you|happy \\w+ing|good luck|enjoy|great post|nice post|love this|awesome|well said|agreed)\\b",
			"\\b(thanks|thank you) for (reading|sharing|stopping by|the|this|your)\\b", "\\b(what do you think|what are your thoughts|drop a comment)\\b",
			"\\b(edit|update|disclaimer|disclosure|note|p\\.s)\\s*:", "\\ball rights reserved\\b", "\\bcopyright\\b", "\\bprivacy policy\\b",
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
