package org.playbook.library.importer;

/**
 * Reads one format of post (plain text, HTML, and whatever plugins add through the
 * {@code org.playbook.library.sources} extension point: RSS, Markdown...) into a
 * {@link ParsedPost}. Implementations must not keep state between calls.
 */
public interface PostReader {

	/**
	 * Whether this reader understands the file.
	 * @param fileName the file's name, e.g. "post.html"
	 * @param text the file's content, already decoded
	 */
	boolean canRead(String fileName, String text);

	/**
	 * Parses the post. Offsets of the returned blocks count characters in the returned text.
	 * @throws PostFormatException when the content is not a post this reader can make sense of
	 */
	ParsedPost read(String fileName, String text) throws PostFormatException;
}
