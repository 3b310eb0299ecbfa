package org.playbook.team;

import java.time.Instant;

/**
 * One commit that changed a file.
 * @param id the commit's full id
 * @param author who made the change
 * @param email their address
 * @param when when they committed it
 * @param message what they said of it (the first line)
 */
public record Revision(String id, String author, String email, Instant when, String message) {
	/** The short id people type: its first seven characters. */
	public String shortId() {
		return id.substring(0, Math.min(7, id.length()));
	}
}
