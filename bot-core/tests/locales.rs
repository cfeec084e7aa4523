//! Every message exists in every shipped language, and uses only the variables
//! its English version uses.

use std::collections::{BTreeMap, BTreeSet};

use bot_core::i18n::Lang;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;

fn variables_in(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => variables_in_inline(inline, out),
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for variant in variants {
                variables_in(&variant.value, out);
            }
        }
    }
}

fn variables_in_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                variables_in_inline(arg, out);
            }
        }
        _ => {}
    }
}

fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = parse(lang.fluent_source())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", lang.code()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                variables_in(value, &mut vars);
            }
            out.insert(message.id.name.to_owned(), vars);
        }
    }
    out
}

#[test]
fn every_key_exists_in_every_language_with_the_same_variables() {
    let reference = messages(Lang::En);
    assert!(reference.len() > 50, "the English file looks truncated");
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let translated = messages(lang);
        for (key, vars) in &reference {
            match translated.get(key) {
                None => problems.push(format!("{}: missing {key}", lang.code())),
                Some(theirs) if !theirs.is_subset(vars) => problems.push(format!(
                    "{}: {key} uses {theirs:?}, English uses {vars:?}",
                    lang.code()
                )),
                Some(_) => {}
            }
        }
        for key in translated.keys().filter(|k| !reference.contains_key(*k)) {
            problems.push(format!("{}: {key} is not in English", lang.code()));
        }
    }
    assert!(
        problems.is_empty(),
        "locale problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_command_in_the_catalog_has_its_descriptions() {
    let reference = messages(Lang::En);
    for spec in bot_core::commands::CATALOG {
        assert!(
            reference.contains_key(&spec.description_key()),
            "{}",
            spec.description_key()
        );
        for option in spec.options {
            let key = spec.option_description_key(option);
            assert!(reference.contains_key(&key), "{key}");
        }
    }
}
