package dev.mistral4j.spring.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The groups under {@code langchain4j.mistral-ai}: the names and meaning of {@code
 * langchain4j-mistral-ai-spring-boot-starter}'s, plus {@code batch-chat-model}, {@code batch-embedding-model},
 * {@code ocr-model}, {@code audio-transcription-model}, {@code streaming-audio-transcription-model},
 * {@code model-catalog}, {@code admin} and {@code health}. Each
 * model group's bean exists when the group's {@code api-key} is set, or when {@code mistral4j.emulator.enabled} is
 * true.
 */
@ConfigurationProperties(prefix = MistralProperties.PREFIX)
public class MistralProperties {

    /** The prefix of the peer starter. */
    public static final String PREFIX = "langchain4j.mistral-ai";

    static final String CHAT_MODEL = "chat-model";
    static final String STREAMING_CHAT_MODEL = "streaming-chat-model";
    static final String EMBEDDING_MODEL = "embedding-model";
    static final String MODERATION_MODEL = "moderation-model";
    static final String FIM_MODEL = "fim-model";
    static final String STREAMING_FIM_MODEL = "streaming-fim-model";
    static final String BATCH_CHAT_MODEL = "batch-chat-model";
    static final String BATCH_EMBEDDING_MODEL = "batch-embedding-model";
    static final String OCR_MODEL = "ocr-model";
    static final String AUDIO_TRANSCRIPTION_MODEL = "audio-transcription-model";
    static final String STREAMING_AUDIO_TRANSCRIPTION_MODEL = "streaming-audio-transcription-model";
    static final String MODEL_CATALOG = "model-catalog";
    static final String ADMIN = "admin";

    /** The chat model ({@code ChatModel}). */
    @NestedConfigurationProperty
    private final ChatModelProperties chatModel = new ChatModelProperties();

    /** The streaming chat model ({@code StreamingChatModel}). */
    @NestedConfigurationProperty
    private final ChatModelProperties streamingChatModel = new ChatModelProperties();

    /** The embedding model ({@code EmbeddingModel}). */
    @NestedConfigurationProperty
    private final EmbeddingModelProperties embeddingModel = new EmbeddingModelProperties();

    /** The moderation model ({@code ModerationModel}). */
    @NestedConfigurationProperty
    private final ModerationModelProperties moderationModel = new ModerationModelProperties();

    /** The fill-in-the-middle model ({@code LanguageModel}); with it comes the code-completion tool. */
    @NestedConfigurationProperty
    private final FimModelProperties fimModel = new FimModelProperties();

    /** The streaming fill-in-the-middle model ({@code StreamingLanguageModel}). */
    @NestedConfigurationProperty
    private final FimModelProperties streamingFimModel = new FimModelProperties();

    /** The batch chat model ({@code BatchChatModel}, Mistral's batch service for chat completions). */
    @NestedConfigurationProperty
    private final BatchChatModelProperties batchChatModel = new BatchChatModelProperties();

    /** The batch embedding model ({@code BatchEmbeddingModel}, Mistral's batch service for embeddings). */
    @NestedConfigurationProperty
    private final BatchEmbeddingModelProperties batchEmbeddingModel = new BatchEmbeddingModelProperties();

    /** The OCR model ({@code MistralOcrModel}) and the document parser on it ({@code DocumentParser}). */
    @NestedConfigurationProperty
    private final OcrModelProperties ocrModel = new OcrModelProperties();

    /** The audio transcription model ({@code AudioTranscriptionModel}). */
    @NestedConfigurationProperty
    private final TranscriptionModelProperties audioTranscriptionModel = new TranscriptionModelProperties();

    /** The streaming audio transcription model ({@code MistralStreamingAudioTranscriptionModel}). */
    @NestedConfigurationProperty
    private final TranscriptionModelProperties streamingAudioTranscriptionModel = new TranscriptionModelProperties();

    /** The model catalog ({@code ModelCatalog}, {@code GET /v1/models}). */
    @NestedConfigurationProperty
    private final ConnectionProperties modelCatalog = new ConnectionProperties();

    /** The admin client (files, fine-tuning, models), when mistral-finetune-tools is on the classpath. */
    @NestedConfigurationProperty
    private final ConnectionProperties admin = new ConnectionProperties();

    /** The health indicator. */
    private final Health health = new Health();

    public ChatModelProperties getChatModel() {
        return chatModel;
    }

    public ChatModelProperties getStreamingChatModel() {
        return streamingChatModel;
    }

    public EmbeddingModelProperties getEmbeddingModel() {
        return embeddingModel;
    }

    public ModerationModelProperties getModerationModel() {
        return moderationModel;
    }

    public FimModelProperties getFimModel() {
        return fimModel;
    }

    public FimModelProperties getStreamingFimModel() {
        return streamingFimModel;
    }

    public BatchChatModelProperties getBatchChatModel() {
        return batchChatModel;
    }

    public BatchEmbeddingModelProperties getBatchEmbeddingModel() {
        return batchEmbeddingModel;
    }

    public OcrModelProperties getOcrModel() {
        return ocrModel;
    }

    public TranscriptionModelProperties getAudioTranscriptionModel() {
        return audioTranscriptionModel;
    }

    public TranscriptionModelProperties getStreamingAudioTranscriptionModel() {
        return streamingAudioTranscriptionModel;
    }

    public ConnectionProperties getModelCatalog() {
        return modelCatalog;
    }

    public ConnectionProperties getAdmin() {
        return admin;
    }

    public Health getHealth() {
        return health;
    }

    /** The health indicator checking each configured key with {@code GET /v1/models}. */
    public static class Health {

        /** Whether the health indicator "mistral" exists; it calls the API on every health check; default false. */
        private boolean enabled;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
