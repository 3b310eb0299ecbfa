package org.playbook.audit.voice;

import java.util.List;

import org.playbook.library.Words;

/** Where a phrase's stems stand, in order and side by side, in a text's words. */
final class PhraseMatch {
	private PhraseMatch() {
	}

	/** The index of the first word of the phrase's first occurrence, or -1. */
	static int find(List<Words.Word> words, List<String> phrase) {
		if (phrase.isEmpty()) {
			return -1;
		}
		outer: for (int i = 0; i + phrase.size() <= words.size(); i++) {
			for (int j = 0; j < phrase.size(); j++) {
				if (!words.get(i + j).stem().equals(phrase.get(j))) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
