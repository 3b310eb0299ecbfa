package org.playbook.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Whatever is done to the index, every command that finds it so repairs it and says why in
 * one plain line, and searches right. (The library's own tests run a larger matrix in process.)
 */
public class DamagedIndexTest {

	@FunctionalInterface
	private interface Damage {
		void to(Path index) throws IOException;
	}

	@Test
	public void everyCommandThatFindsTheIndexDamagedRepairsItAndSaysWhyInOneLine() throws Exception {
		Product product = Product.fresh("damaged-index");
		assertEquals(0, product.run("./playbook init").exitCode());
		assertEquals(0, product.run("./playbook index").exitCode());
		Path index = product.home.resolve("playbook-workspace/.metadata/.plugins/org.playbook.library/index");
		Path pristine = copy(index, product.here.resolve("pristine-index"));

		Map<String, Damage> damages = new LinkedHashMap<>();
		damages.put("a file in the folder's place", folder -> {
			deleteTree(folder);
			Files.writeString(folder, "not an index");
		});
		damages.put("a link to nowhere in its place", folder -> {
			deleteTree(folder);
			Files.createSymbolicLink(folder, folder.resolveSibling("nowhere"));
		});
		damages.put("the biggest file cut in half", folder -> truncate(biggest(folder), 0.5));
		damages.put("bytes flipped in the biggest file", folder -> {
			try (RandomAccessFile file = new RandomAccessFile(biggest(folder).toFile(), "rw")) {
				file.seek(file.length() / 2);
				file.write(new byte[] { 9, 9, 9, 9, 9, 9 });
			}
		});
		damages.put("the segments file gone", folder -> {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
					Files.delete(file);
				}
			}
		});
		damages.put("every file emptied", folder -> {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Files.write(file, new byte[0]);
				}
			}
		});

		List<String> lines = new ArrayList<>();
		int index2 = 0;
		for (Map.Entry<String, Damage> damage : damages.entrySet()) {
			String command = index2++ % 2 == 0 ? "./playbook search intern --limit 1" : "./playbook index";
			deleteTree(index);
			copy(pristine, index);
			damage.getValue().to(index);
			Product.Run run = product.run(command);
			assertEquals(0, run.exitCode(), damage.getKey() + ": " + run);
			List<String> said = run.lines().stream().filter(line -> line.contains("rebuilt") || line.contains("Rebuilt")).toList();
			assertEquals(1, said.size(), damage.getKey() + ": one line says the index was rebuilt, and why: " + run);
			assertFalse(said.get(0).matches(".*(Exception|Lucene\\d|resource=|\\.cfs|\\.si\\b).*"), "in plain words: " + said.get(0));
			lines.add(damage.getKey() + " -> " + said.get(0));
			if (command.contains("search")) {
				assertTrue(run.output().contains("An intern in charge of social media"), "and searches right: " + run);
			}
			Product.Run again = product.run("./playbook search intern --limit 1");
			assertFalse(again.output().contains("rebuilt"), "repaired for good: " + again);
		}
		Product.report("damaged index at the command line: " + damages.size() + " damages, each repaired and said in one line: " + String.join("; ", lines));
	}

	private static Path biggest(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> !f.getFileName().toString().startsWith("playbook-index")).max(Comparator.comparingLong(f -> f.toFile().length()))
					.orElseThrow();
		}
	}

	private static void truncate(Path file, double share) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.setLength((long) (raf.length() * share));
		}
	}

	private static Path copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
		return to;
	}

	private static void deleteTree(Path path) throws IOException {
		if (Files.isSymbolicLink(path) || Files.isRegularFile(path)) {
			Files.delete(path);
		} else if (Files.isDirectory(path)) {
			Product.deleteTree(path);
		}
	}
}
