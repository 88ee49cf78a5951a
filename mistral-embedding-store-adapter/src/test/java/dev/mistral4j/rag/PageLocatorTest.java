package dev.mistral4j.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.Metadata;
import dev.mistral4j.rag.PageLocator.PageSpan;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageLocatorTest {

    static Document paged(String offsets, String text) {
        return Document.from(text, Metadata.from(SegmentMetadata.PAGE_OFFSETS, offsets));
    }

    @Test
    void aSegmentIsFoundWhateverWhitespaceTheSplitterRejoinedItWith() {
        // pages: "alpha beta" | "gamma\n\n\ndelta" | "epsilon"
        String text = "alpha beta\n\ngamma\n\n\ndelta\n\nepsilon";
        PageLocator locator = PageLocator.of(paged("0,12,27", text));

        List<PageSpan> spans = locator.locate(List.of("alpha beta\n\ngamma", "gamma delta", "delta\nepsilon"));

        assertThat(spans).containsExactly(new PageSpan(1, 2), new PageSpan(2, 2), new PageSpan(2, 3));
    }

    @Test
    void repeatedTextIsLookedUpAfterTheSegmentBeforeIt() {
        String text = "Header\n\nbody one\n\nHeader\n\nbody two";
        PageLocator locator = PageLocator.of(paged("0,18", text));

        assertThat(locator.locate(List.of("Header", "body one", "Header", "body two")))
                .containsExactly(new PageSpan(1, 1), new PageSpan(1, 1), new PageSpan(2, 2), new PageSpan(2, 2));
    }

    @Test
    void aSegmentStartingWithTheWholeSegmentBeforeItIsFound() {
        // what the recursive splitter does with a title too short for the overlap to cut
        String text = "The Title\n\nThe body of page one.\n\nPage two.";
        PageLocator locator = PageLocator.of(paged("0,34", text));

        assertThat(locator.locate(List.of("The Title", "The Title\nThe body of page one.", "Page two.")))
                .containsExactly(new PageSpan(1, 1), new PageSpan(1, 1), new PageSpan(2, 2));
    }

    @Test
    void emptyPagesSharingAnOffsetNeverHoldText() {
        // pages 2 and 3 are empty and start where page 4 does
        PageLocator locator = PageLocator.of(paged("0,5,5,5", "firstlast"));

        assertThat(locator.locate(List.of("first", "last"))).containsExactly(new PageSpan(1, 1), new PageSpan(4, 4));
    }

    @Test
    void aSegmentNotInTheTextHasNoPages() {
        PageLocator locator = PageLocator.of(paged("0,4", "one two"));

        assertThat(locator.locate(List.of("rewritten by the splitter", "two"))).containsExactly(null,
                new PageSpan(2, 2));
    }

    @Test
    void aDocumentWithoutOffsetsHasNoLocator() {
        assertThat(PageLocator.of(Document.from("text"))).isNull();
    }

    @Test
    void offsetsThatAreNotAscendingFromZeroWithinTheTextAreRefused() {
        for (String bad : Arrays.asList("1,4", "0,x", "0,9", "0,3,2")) {
            assertThatThrownBy(() -> PageLocator.of(paged(bad, "one two")))
                    .as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("metadata (" + bad + ")");
        }
        assertThatThrownBy(() -> PageLocator.of(Document.from("one two", Metadata.from(SegmentMetadata.PAGE_OFFSETS,
                "0,4").put(SegmentMetadata.PAGE_NUMBERS, "7"))))
                .hasMessage("The document's 'page_numbers' metadata has 1 pages, its page offsets 2");
    }

    @Test
    void pagesAreNumberedAsTheDocumentSaysForATextOfSomePagesOnly() {
        Document pages = Document.from("one two", Metadata.from(SegmentMetadata.PAGE_OFFSETS, "0,4")
                .put(SegmentMetadata.PAGE_NUMBERS, "3,9"));

        assertThat(PageLocator.of(pages).locate(List.of("one two"))).containsExactly(new PageSpan(3, 9));
        assertThat(PageLocator.of(pages).locate(List.of("two"))).containsExactly(new PageSpan(9, 9));
    }

    @Test
    void theKeysOfTheMistralOcrParserAreReadWithItsPageIndexesCountedFromZero() {
        Document ocr = Document.from("one\n\ntwo", Metadata.from("ocr_page_starts", "0,5")
                .put("ocr_page_indexes", "4,5").put("ocr_page_count", 2));

        assertThat(PageLocator.of(ocr).locate(List.of("one two"))).containsExactly(new PageSpan(5, 6));
        assertThat(PageLocator.of(Document.from("one\n\ntwo", Metadata.from("ocr_page_starts", "0,5")))
                .locate(List.of("two"))).containsExactly(new PageSpan(2, 2));
    }
}
