package org.gazettekg.parse;

import java.util.List;

import org.gazettekg.parse.DocumentLocator.Located;

/**
 * A web page's metadata blocks (索引号, 发文字号, 成文日期 …) matched to the documents found: each block
 * is given to the document whose heading it is printed next to or whose title it gives; a block
 * that gives a title and a 文号 but stands by no document found makes one.
 */
final class MetadataDocuments {

    /** Most non-blank lines between a metadata block and the heading it describes. */
    private static final int METADATA_REACH = 6;

    private MetadataDocuments() {
    }

    /** Gives each metadata block to the document whose heading it is printed next to. */
    static void attach(SourceText source, List<Located> found, List<PageMetadata> blocks) {
        for (PageMetadata block : blocks) {
            for (int i = 0; i < found.size(); i++) {
                Located l = found.get(i);
                if (l.metadata() == null && (isNextTo(source, block, l) || isTitledBy(block, l))) {
                    found.set(i, l.withMetadata(block));
                    break;
                }
            }
        }
    }

    /** True when the block gives the document's title and stands within reach of its heading. */
    private static boolean isTitledBy(PageMetadata block, Located l) {
        if (block.title() == null) {
            return false;
        }
        int distance = Math.min(Math.abs(l.heading().startLine() - block.endLine()),
                Math.abs(block.startLine() - l.heading().endLine()));
        String title = TextLines.squeeze(Issuers.split(block.title()).rest());
        return distance <= METADATA_REACH * 4 && title.equals(l.heading().title());
    }

    /** True when only blank lines, furniture, metadata or a 文号 stand between the block and the document's heading. */
    private static boolean isNextTo(SourceText source, PageMetadata block, Located l) {
        int headingStart = Math.min(l.heading().startLine(), l.numberLine());
        int headingEnd = Math.max(l.heading().endLine(), l.numberLine());
        if (block.endLine() < headingStart) {
            return onlyFurnitureBetween(source, block.endLine() + 1, headingStart - 1);
        }
        return block.startLine() > headingEnd && onlyFurnitureBetween(source, headingEnd + 1, block.startLine() - 1);
    }

    private static boolean onlyFurnitureBetween(SourceText source, int from, int to) {
        if (to - from >= METADATA_REACH * 2) {
            return false;
        }
        for (int n = from; n <= to; n++) {
            String plain = source.facts().numberText(n);
            if (!plain.isEmpty() && !PageFurniture.is(plain) && source.facts().number(n).isEmpty()
                    && !source.facts().isBrokenNumber(n) && !MetadataBlock.isMetadataLine(source, n)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A block that gives a title and a 文号 but stands by no document found: the document is the
     * heading printed near it with that title, or, where the page prints none, the block's title row.
     */
    static void addByTitle(SourceText source, List<Located> found, List<PageMetadata> blocks) {
        for (PageMetadata block : blocks) {
            boolean used = found.stream().anyMatch(l -> l.metadata() == block);
            if (used || block.title() == null || block.number() == null && block.printedNumber() == null
                    || DocumentKinds.of(block.title()) == null) {
                continue;
            }
            boolean numberKnown = block.number() != null && found.stream().anyMatch(l -> l.number() != null
                    && l.number().canonical().equals(block.number().canonical()));
            if (numberKnown) {
                continue;
            }
            int line = block.titleLine() > 0 ? block.titleLine() : block.startLine();
            Issuers.Split split = Issuers.split(block.title());
            HeadingReader.Heading heading = new HeadingReader.Heading(line, line, split.issuers(),
                    TextLines.squeeze(split.rest()));
            found.add(new Located(heading, line, block.number(), block.printedNumber(), false, block));
        }
    }
}
