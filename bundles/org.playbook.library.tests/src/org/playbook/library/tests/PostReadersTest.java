package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.playbook.library.importer.ParsedPost;
import org.playbook.library.importer.PostReaders;

/** Contributions to org.playbook.library.sources that are broken are named in the log and skipped. */
public class PostReadersTest {
	private final List<IStatus> logged = new ArrayList<>();
	private final ILogListener listener = (status, plugin) -> logged.add(status);

	@BeforeEach
	public void listen() {
		Platform.addLogListener(listener);
	}

	@AfterEach
	public void stopListening() {
		Platform.removeLogListener(listener);
	}

	@Test
	public void brokenReadersAreLoggedByNameAndTheBuiltInReaderStillReads() throws Exception {
		PostReaders readers = PostReaders.fromRegistry();
		String post = "Explosive growth on social\n\nAlways reply to every comment within a day.\n";

		ParsedPost parsed = readers.read("explode.txt", post);

		assertEquals("Explosive growth on social", parsed.title(), "the plain-text reader took over");
		String log = logged.stream().map(IStatus::getMessage).toList().toString();
		assertTrue(log.contains("Exploding reader") && log.contains("org.playbook.library.tests"), log);
		assertTrue(log.contains("Missing class"), log);
		assertTrue(log.contains("Wrong type") && log.contains("does not implement"), log);
		assertTrue(readers.names().containsAll(List.of("HTML posts", "Plain text posts")), readers.names().toString());
	}

	@Test
	public void aReaderThatFailedIsDisabledNotAskedAgain() throws Exception {
		PostReaders readers = PostReaders.fromRegistry();
		int before = ExplodingPostReader.reads;
		readers.read("explode-1.txt", "Title\n\nBe helpful.\n");
		readers.read("explode-2.txt", "Title\n\nBe helpful.\n");

		assertEquals(before + 1, ExplodingPostReader.reads);
		long missingClassReports = logged.stream().filter(s -> s.getMessage().contains("Missing class")).count();
		assertEquals(1, missingClassReports, "reported once, then disabled");
	}
}
