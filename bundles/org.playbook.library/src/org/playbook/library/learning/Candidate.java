package org.playbook.library.learning;

import org.playbook.library.nlp.Sentence;
import org.playbook.library.nlp.SentenceShape;

/**
 * A piece of a post the advice finder judges: one sentence of prose, or a whole list item (an
 * item is one practice with the conditions its later sentences add), with where it stands.
 * @param text the words as they stand in the post, {@code post.substring(start, end)}
 * @param sentence the first sentence of the piece, tagged (where its title is read from)
 * @param context the heading it stands under and the lead-in of its list ("Avoid these
 *        mistakes:"), or null; for a heading, the post's title
 * @param heading whether it is a heading: in a post of numbered tips the heading is often the
 *        tip itself ("3. Don't ask a supplier to recommend you")
 * @param postTitle the title of its post, or null
 * @param position where it stands in the post, from 0 (the start) to 1 (the end)
 */
public record Candidate(String text, int start, int end, Sentence sentence, SentenceShape shape, String context, String postTitle, boolean heading,
		boolean listItem, boolean firstInBlock, boolean comment, double position) {
}
