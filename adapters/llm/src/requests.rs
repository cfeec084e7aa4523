//! The requests we send and what we take from the responses.

use async_openai::types::chat::{
    ChatCompletionRequestMessage, ChatCompletionRequestSystemMessage,
    ChatCompletionRequestSystemMessageContent, ChatCompletionRequestUserMessage,
    ChatCompletionRequestUserMessageContent, CreateChatCompletionRequest,
    CreateChatCompletionResponse,
};
use async_openai::types::embeddings::{
    CreateEmbeddingRequest, CreateEmbeddingResponse, EmbeddingInput,
};
use bot_core::ports::LanguageModelError;

/// One chat completion: the system prompt, then the user's message.
pub(crate) fn chat(
    model: &str,
    system: &str,
    user: &str,
    max_tokens: u32,
    temperature: f32,
) -> CreateChatCompletionRequest {
    let messages = vec![
        ChatCompletionRequestMessage::System(ChatCompletionRequestSystemMessage::from(
            ChatCompletionRequestSystemMessageContent::from(system),
        )),
        ChatCompletionRequestMessage::User(ChatCompletionRequestUserMessage::from(
            ChatCompletionRequestUserMessageContent::from(user),
        )),
    ];
    #[allow(deprecated)]
    // `max_tokens`, not `max_completion_tokens`: local OpenAI-compatible
    // servers (Ollama, llama.cpp, vLLM) all understand it.
    CreateChatCompletionRequest {
        model: model.to_owned(),
        messages,
        max_tokens: Some(max_tokens),
        temperature: Some(temperature),
        ..Default::default()
    }
}

/// The text of the first choice.
pub(crate) fn answer(response: CreateChatCompletionResponse) -> Result<String, LanguageModelError> {
    let Some(choice) = response.choices.into_iter().next() else {
        return Err(LanguageModelError::Failed(
            "the server answered with no choices".to_owned(),
        ));
    };
    match choice.message.content {
        Some(text) if !text.trim().is_empty() => Ok(text.trim().to_owned()),
        _ if choice.message.refusal.is_some() => Err(LanguageModelError::Failed(
            "the model declined to answer".to_owned(),
        )),
        _ => Err(LanguageModelError::Failed(
            "the model's answer is empty".to_owned(),
        )),
    }
}

/// Embeddings for `texts`, one request.
pub(crate) fn embeddings(model: &str, texts: &[String]) -> CreateEmbeddingRequest {
    CreateEmbeddingRequest {
        model: model.to_owned(),
        input: EmbeddingInput::StringArray(texts.to_vec()),
        ..Default::default()
    }
}

/// The vectors in the order of the texts, whatever order the server used.
pub(crate) fn vectors(
    response: CreateEmbeddingResponse,
    expected: usize,
) -> Result<Vec<Vec<f32>>, LanguageModelError> {
    let mut data = response.data;
    if data.len() != expected {
        return Err(LanguageModelError::Failed(format!(
            "the server returned {} embeddings for {expected} texts",
            data.len()
        )));
    }
    data.sort_by_key(|embedding| embedding.index);
    if data
        .iter()
        .enumerate()
        .any(|(position, embedding)| embedding.index as usize != position)
    {
        return Err(LanguageModelError::Failed(
            "the server's embeddings are not numbered 0..n".to_owned(),
        ));
    }
    Ok(data
        .into_iter()
        .map(|embedding| embedding.embedding)
        .collect())
}
