package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.MistralProperties.AUDIO_TRANSCRIPTION_MODEL;
import static dev.mistral4j.spring.autoconfigure.MistralProperties.OCR_MODEL;
import static dev.mistral4j.spring.autoconfigure.MistralProperties.STREAMING_AUDIO_TRANSCRIPTION_MODEL;

import dev.langchain4j.data.document.DocumentParser;
import dev.langchain4j.model.audio.AudioTranscriptionModel;
import dev.mistral4j.langchain4j.MistralAudioTranscriptionModel;
import dev.mistral4j.langchain4j.MistralOcrDocumentParser;
import dev.mistral4j.langchain4j.MistralOcrModel;
import dev.mistral4j.langchain4j.MistralStreamingAudioTranscriptionModel;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Documents and audio into text: {@link MistralOcrModel} and the {@link MistralOcrDocumentParser} on it from
 * {@code langchain4j.mistral-ai.ocr-model}, {@link MistralAudioTranscriptionModel} from
 * {@code audio-transcription-model} and {@link MistralStreamingAudioTranscriptionModel} from
 * {@code streaming-audio-transcription-model}; an application's own bean of each type replaces ours.
 */
@AutoConfiguration(after = MistralClientAutoConfiguration.class)
public class MistralDocumentsAutoConfiguration {

    @Bean
    @ConditionalOnMistralGroup(OCR_MODEL)
    @ConditionalOnMissingBean
    MistralOcrModel mistralOcrModel(MistralProperties properties, MistralClients clients) {
        OcrModelProperties ocr = properties.getOcrModel();
        return GroupModels.build(OCR_MODEL, ocr, clients, MistralOcrModel.builder(),
                builder -> GroupModels.ocr(builder, ocr).build());
    }

    @Bean
    @ConditionalOnBean(MistralOcrModel.class)
    @ConditionalOnMissingBean(DocumentParser.class)
    MistralOcrDocumentParser mistralOcrDocumentParser(MistralOcrModel model) {
        return MistralOcrDocumentParser.from(model);
    }

    @Bean
    @ConditionalOnMistralGroup(AUDIO_TRANSCRIPTION_MODEL)
    @ConditionalOnMissingBean(AudioTranscriptionModel.class)
    MistralAudioTranscriptionModel mistralAudioTranscriptionModel(MistralProperties properties,
                                                                  MistralClients clients) {
        TranscriptionModelProperties transcription = properties.getAudioTranscriptionModel();
        return GroupModels.build(AUDIO_TRANSCRIPTION_MODEL, transcription, clients,
                MistralAudioTranscriptionModel.builder(),
                builder -> GroupModels.transcription(builder, transcription).build());
    }

    @Bean
    @ConditionalOnMistralGroup(STREAMING_AUDIO_TRANSCRIPTION_MODEL)
    @ConditionalOnMissingBean
    MistralStreamingAudioTranscriptionModel mistralStreamingAudioTranscriptionModel(MistralProperties properties,
                                                                                    MistralClients clients) {
        TranscriptionModelProperties transcription = properties.getStreamingAudioTranscriptionModel();
        return GroupModels.build(STREAMING_AUDIO_TRANSCRIPTION_MODEL, transcription, clients,
                MistralStreamingAudioTranscriptionModel.builder(),
                builder -> GroupModels.transcription(builder, transcription).build());
    }
}
