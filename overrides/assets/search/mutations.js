/*
 * Mutation-aware search, inside Material's search worker (loaded by worker.js once the reader searches,
 * before Material's engine). toolkit/search/mutations.py: an index whose config has `mutations` (Welsh)
 * holds the rules, mutated initial → possible radical initials. Each plain word of the reader's query gets
 * its possible radicals added (gynllun → cynllun), which also match the entries' `mutations` field (the
 * radicals that join their words), and those radicals' mutated forms (the rules read forwards: cynllun →
 * gynllun, nghynllun, chynllun), which find a form as written; so any form finds every form. The typed
 * words are boosted, so exact forms rank first. The rules live only in the index (written by Python):
 * this file knows no Welsh.
 * Results are given back in the reader's words: Material's "missing" terms name only typed words.
 */
"use strict";

// Material's message types (integrations/search/worker/message): SETUP 0, READY 1, QUERY 2, RESULT 3.
var SETUP = 0;
var QUERY = 2;
var RESULT = 3;
var TYPED_BOOST = 10;
var rules = null;   // [[initial, [radical initial, …]], …], longest initial first
var forwards = [];  // the same read forwards: [[radical initial, mutated initial], …]
var shortest = 0;   // words shorter than this are left as typed
var field = "mutations";
var typedOf = {};   // each query term → the word the reader typed, for the last query
var seen = typeof WeakSet === "function" ? new WeakSet() : null;

function mutated(radical) {
  return forwards.filter(function (rule) { return radical.indexOf(rule[0]) === 0; })
    .map(function (rule) { return rule[1] + radical.slice(rule[0].length); })
    .filter(function (form) { return form.length >= shortest; });
}

function radicals(word) {
  if (!rules || word.length < shortest) {
    return [];
  }
  for (var i = 0; i < rules.length; i++) {
    var initial = rules[i][0];
    if (word.indexOf(initial) === 0) {
      var rest = word.slice(initial.length);
      return rules[i][1].map(function (radical) { return radical + rest; })
        .filter(function (form) { return form.length >= shortest && form !== word; });
    }
  }
  return [];
}

// Only a query of plain words is expanded; one with Lunr's operators (+ - ~ ^ : " *) inside a word is
// the reader's own syntax, left alone.
function expand(query) {
  typedOf = {};
  var parts = String(query).trim().split(/\s+/);
  if (!rules || !parts[0] || parts.some(function (p) { return !/^[^\s+\-~^:"*]+\*?$/.test(p); })) {
    return query;
  }
  var out = [];
  var expanded = false;
  var words = parts.map(function (part) {
    var word = part.replace(/\*$/, "").toLowerCase();
    typedOf[word] = word;
    return word;
  });
  words.forEach(function (word) {
    var found = radicals(word);
    var forms = found.slice();
    [word].concat(found).forEach(function (radical) {
      if (radical.length >= shortest) {
        forms = forms.concat(mutated(radical));
      }
    });
    forms.forEach(function (form) {
      if (!(form in typedOf)) {
        typedOf[form] = word;
        out.push(form);  // Material adds the trailing wildcard itself
        expanded = true;
      }
    });
  });
  if (!expanded) {
    return query;
  }
  // A boosted term keeps no wildcard of Material's, so the typed words get theirs here.
  return words.map(function (word) { return word + "*^" + TYPED_BOOST; }).concat(out).join(" ");
}

// Material marks each query term found or not in a result; say it of the typed words only.
function inTypedWords(terms) {
  var result = {};
  Object.keys(terms || {}).forEach(function (term) {
    var typed = typedOf[term] || term;
    result[typed] = result[typed] === true || terms[term];
  });
  return result;
}

function rewriteResult(data) {
  (data.items || []).forEach(function (group) {
    group.forEach(function (item) {
      delete item[field];
      item.terms = inTypedWords(item.terms);
    });
  });
  return data;
}

self.addEventListener("message", function (event) {
  var message = event.data;
  if (!message || typeof message !== "object" || (seen && seen.has(message))) {
    return;
  }
  if (seen) {
    seen.add(message);
  }
  if (message.type === SETUP) {
    var table = message.data && message.data.config && message.data.config.mutations;
    rules = table && Array.isArray(table.rules) ? table.rules : null;
    shortest = table ? Number(table.min) || 0 : 0;
    forwards = [];
    (rules || []).forEach(function (rule) {
      rule[1].forEach(function (radical) { forwards.push([radical, rule[0]]); });
    });
  } else if (message.type === QUERY && typeof message.data === "string") {
    message.data = expand(message.data);
  }
});

var post = self.postMessage.bind(self);
self.postMessage = function (message) {
  if (rules && message && message.type === RESULT && message.data) {
    rewriteResult(message.data);
  }
  return post.apply(null, arguments);
};
