/**
 * The wire records of {@code POST /v1/classifications} and {@code POST /v1/chat/classifications}: the text and
 * conversation requests, and per input one result per target with each label's score. Moderation's sibling for
 * classifier models (fine-tuned with {@code classifier_targets}).
 */
package dev.mistral4j.client.classification;
