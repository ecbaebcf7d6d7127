package org.spectralbias.runs.view;

import java.util.List;
import java.util.Optional;

/**
 * What one tab of the run editor shows: a sequence of blocks. Immutable.
 *
 * @param title  the tab's title
 * @param blocks the blocks, top to bottom
 */
public record Page(String title, List<Block> blocks) {

	/** Copies the blocks and checks that their ids are unique. */
	public Page {
		blocks = List.copyOf(blocks);
		if (blocks.stream().map(Block::id).distinct().count() != blocks.size()) {
			throw new IllegalArgumentException("page '" + title + "' has two blocks with the same id");
		}
	}

	/** @return the block with that id, if any */
	public Optional<Block> block(String id) {
		return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
	}

	/** @return the blocks of one type, in order */
	public <T extends Block> List<T> blocks(Class<T> type) {
		return blocks.stream().filter(type::isInstance).map(type::cast).toList();
	}
}
