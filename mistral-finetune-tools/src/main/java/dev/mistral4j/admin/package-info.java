/**
 * The admin side of the Mistral API on a {@link dev.mistral4j.client.MistralClient}'s transport:
 * {@link dev.mistral4j.admin.MistralAdminClient} with its files, fine-tuning jobs and models services, and the lazy
 * paging they share. Files stream up and down in constant memory; errors are the client's LangChain4j exceptions.
 */
package dev.mistral4j.admin;
