package org.playbook.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.playbook.workspace.AtomicFileWriter;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * The review packs a workspace has sent, one small JSON file each in the workspace's state
 * area ({@value #FOLDER}), written atomically. The command line and the workbench read the
 * same folder, so a pack made by one can be answered into the other.
 */
public final class ReviewPacks {
	public static final String FOLDER = ".metadata/.plugins/org.playbook.review/packs";
	/** Pack ids are UUIDs: nothing else names a file here, so a forged id cannot reach outside the folder. */
	private static final Pattern PACK_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().registerTypeAdapter(Instant.class, new TypeAdapter<Instant>() {
		@Override
		public void write(JsonWriter out, Instant value) throws IOException {
			out.value(value.toString());
		}

		@Override
		public Instant read(JsonReader in) throws IOException {
			return Instant.parse(in.nextString());
		}
	}).create();

	private final Path folder;

	public ReviewPacks(Path workspace) {
		this.folder = workspace.resolve(FOLDER);
	}

	/** The pack of that id, or null when this workspace did not send it. */
	public PackRecord find(String packId) throws ReviewException {
		if (packId == null || !PACK_ID.matcher(packId).matches()) {
			return null;
		}
		Path file = folder.resolve(packId + ".json");
		try {
			return GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), PackRecord.class);
		} catch (NoSuchFileException e) {
			return null;
		} catch (IOException | JsonParseException | java.time.format.DateTimeParseException e) {
			throw new ReviewException("the record of review pack " + packId + " (" + file + ") cannot be read: " + e.getMessage(), e);
		}
	}

	/** Every pack this workspace sent, the newest first; records that do not read are left out. */
	public List<PackRecord> all() throws IOException {
		List<PackRecord> packs = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return packs;
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
				try {
					packs.add(GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), PackRecord.class));
				} catch (IOException | JsonParseException | java.time.format.DateTimeParseException e) {
					// a damaged record is one pack that can no longer be answered; the others still can
				}
			}
		}
		packs.sort(Comparator.comparing(PackRecord::sentOn).reversed());
		return packs;
	}

	void save(PackRecord pack) throws ReviewException {
		try {
			Files.createDirectories(folder);
			new AtomicFileWriter().replace(folder.resolve(pack.packId() + ".json"), GSON.toJson(pack).getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new ReviewException("the review pack's record cannot be written in " + folder + ": " + e.getMessage(), e);
		}
	}
}
