package dev.mistral4j.samples.boot;

import dev.langchain4j.service.SystemMessage;

/** Answers questions from the bundled documents, as an AiService over a RAG retriever. */
interface Librarian {

    @SystemMessage("Answer from the documents you are given; say so when they do not hold the answer.")
    String answer(String question);
}
