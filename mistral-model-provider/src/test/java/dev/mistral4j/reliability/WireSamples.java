package dev.mistral4j.reliability;

/** Valid answers of each read endpoint, as the API sends them: the seeds the fuzzers mutate. */
final class WireSamples {

    static final String CHAT_COMPLETION = """
            {"id":"cmpl-1","object":"chat.completion","model":"mistral-small-latest","created":1702256327,
             "usage":{"prompt_tokens":5,"completion_tokens":7,"total_tokens":12},
             "choices":[
              {"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":"Hello there",
               "tool_calls":[{"id":"abcDEF123","type":"function",
                              "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]}},
              {"index":1,"finish_reason":"stop","message":{"role":"assistant","content":[
               {"type":"thinking","thinking":[{"type":"text","text":"let me think"}]},
               {"type":"text","text":"Bonjour"}]}}]}
            """;

    static final String CHAT_CHUNK = """
            {"id":"cmpl-1","object":"chat.completion.chunk","created":1702256327,"model":"mistral-small-latest",
             "choices":[{"index":0,"delta":{"role":"assistant","content":"Hel"},"finish_reason":null}]}
            """;

    static final String EMBEDDINGS = """
            {"id":"emb-1","object":"list","model":"mistral-embed",
             "usage":{"prompt_tokens":4,"total_tokens":4},
             "data":[{"object":"embedding","embedding":[0.1,-0.2,0.3],"index":0},
                     {"object":"embedding","embedding":[0.4,0.5,-0.6],"index":1}]}
            """;

    static final String MODEL_CARD = """
            {"id":"mistral-small-latest","object":"model","created":1702256327,"owned_by":"mistralai",
             "capabilities":{"completion_chat":true,"completion_fim":false,"function_calling":true,
                             "fine_tuning":false,"vision":false},
             "name":"mistral-small-2506","description":"A small model","max_context_length":32768,
             "aliases":["mistral-small-2506"],"deprecation":null,"default_model_temperature":0.3,"type":"base"}
            """;

    static final String MODEL_LIST = "{\"object\":\"list\",\"data\":[" + MODEL_CARD + "]}";

    static final String MODEL_DELETED = """
            {"id":"ft:open-mistral-7b:abc:20240101:xyz","object":"model","deleted":true}
            """;

    static final String MODERATION = """
            {"id":"mod-1","model":"mistral-moderation-latest",
             "results":[{"categories":{"violence_and_threats":true,"hate_and_discrimination":false},
                         "category_scores":{"violence_and_threats":0.91,"hate_and_discrimination":0.01}}]}
            """;

    private WireSamples() {
    }
}
