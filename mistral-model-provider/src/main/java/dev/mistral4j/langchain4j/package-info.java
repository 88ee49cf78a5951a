/**
 * The LangChain4j faces of the Mistral API: {@code MistralChatModel}, {@code MistralStreamingChatModel},
 * {@code MistralEmbeddingModel}, {@code MistralFimModel}, {@code MistralStreamingFimModel},
 * {@code MistralModerationModel}, {@code MistralModelCatalog}, {@code MistralCodeCompletionTool}, the OCR faces
 * ({@code MistralOcrModel}, the {@code DocumentParser} {@code MistralOcrDocumentParser}) and the transcription models
 * ({@code MistralAudioTranscriptionModel}, {@code MistralStreamingAudioTranscriptionModel}), with their
 * builders (the option names of {@code langchain4j-mistral-ai}, each checked when set), the model-name constants,
 * {@code MistralChatRequestParameters}, {@code MistralChatResponseMetadata} and the
 * {@code MistralTokenCountEstimator} the API limits are checked with. They run on a
 * {@link dev.mistral4j.client.MistralClient}, one given or one their builder makes.
 */
package dev.mistral4j.langchain4j;
