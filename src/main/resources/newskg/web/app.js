// newskg browser view: plain JavaScript over the server's own endpoints (no CDN, no framework).
'use strict';

const COLOURS = { actor: '#6baed6', statement: '#fdae6b', event: '#fb6a4a', unit: '#74c476', agreement: '#9e9ac8' };
const $ = (id) => document.getElementById(id);
let articles = new Map();

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json, application/sparql-results+json' } });
  if (!r.ok) { const e = new Error(url + ': ' + r.status); e.status = r.status; throw e; }
  return r.json();
}

/** Rows of a SPARQL JSON result as plain objects of strings. */
function rows(results) {
  return results.results.bindings.map((b) => Object.fromEntries(
    results.head.vars.map((v) => [v, b[v] ? b[v].value : ''])));
}

async function sparql(query) {
  const r = await fetch('/newskg/sparql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query }),
  });
  if (!r.ok) throw new Error('SPARQL: ' + r.status);
  return rows(await r.json());
}

/**
 * An element with attributes and children. The store's values only ever become text: a string
 * child is a text node (never parsed as markup), an attribute value is a value. No attribute is
 * an event handler, and a link's href is the server's own path or checked by webUrl().
 */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (/^on/i.test(k)) throw new Error('no event handler attributes: ' + k);
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  });
  children.forEach((c) => e.append(c));
  return e;
}

/** The value as a link out when it is an absolute http(s) URL (normalised), else null: never javascript:, data:, … */
function webUrl(value) {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

/** Where the statement's text sits in its evidence sentence, as [begin, end), or null. */
function span(sentence, statement) {
  const s = sentence.toLowerCase();
  const t = statement.toLowerCase().replace(/^[\s"“”'‘’]+|[\s"“”'‘’.,;:]+$/g, '');
  const i = s.indexOf(t);
  if (t && i >= 0) return [i, i + t.length];
  const words = t.split(/\s+/);
  if (words.length < 4) return null;
  const head = words.slice(0, 3).join(' ');
  const tail = words.slice(-3).join(' ');
  const a = s.indexOf(head);
  const b = s.lastIndexOf(tail);
  return a >= 0 && b >= a ? [a, b + tail.length] : null;
}

function evidence(sentence, statement) {
  const td = el('td', { class: 'evidence' });
  const at = span(sentence, statement);
  if (!at) { td.append(sentence); return td; }
  td.append(sentence.slice(0, at[0]), el('mark', {}, sentence.slice(at[0], at[1])), sentence.slice(at[1]));
  return td;
}

/** A link to the article where it was published (an http(s) url only), else to its graph on this server. */
function articleLink(id) {
  const a = articles.get(id);
  const title = a && a.title ? a.title : id;
  const out = a && a.url ? webUrl(a.url) : null;
  if (out) return el('a', { href: out, title: id, rel: 'noopener noreferrer' }, title);
  return el('a', { href: '/newskg/get?graph=' + encodeURIComponent(a ? a.graph : id), title: id }, title);
}

async function loadArticles() {
  const list = await sparql(`PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
SELECT ?id ?graph ?title ?url WHERE {
  GRAPH ?graph { ?a a nkg:Article ; dcterms:identifier ?id .
    OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a schema:url ?url } } }`);
  articles = new Map(list.map((a) => [a.id, a]));
}

async function loadActorNames() {
  const actors = rows(await getJson('/newskg/queries/actors'));
  const names = new Set(actors.filter((a) => a.anonymous !== 'true').map((a) => a.label));
  const list = $('actors');
  [...names].sort().forEach((n) => list.append(el('option', { value: n })));
}

async function showStatements(actor) {
  const body = $('statements').querySelector('tbody');
  body.replaceChildren();
  const said = rows(await getJson('/newskg/queries/statements-by-speaker?speaker=' + encodeURIComponent(actor)));
  const speakers = [...new Set(said.map((r) => r.speaker_label))];
  $('said-count').textContent = said.length ? `— ${said.length} by ${speakers.join(', ')}` : '';
  if (!said.length) {
    body.append(el('tr', {}, el('td', { colspan: '4', class: 'empty' }, `No statements by “${actor}”.`)));
  }
  said.forEach((r) => body.append(el('tr', { class: 'statement' },
    el('td', { class: 'date' }, r.date || 'unknown'),
    el('td', { class: 'text' }, r.statement, el('span', { class: 'mode' }, r.mode + ' · ' + r.speaker_label)),
    evidence(r.sentence, r.statement),
    el('td', {}, articleLink(r.document)))));
  return said.length;
}

async function showTimeline(actor) {
  const list = $('timeline');
  const empty = $('timeline-empty');
  list.replaceChildren();
  let events = [];
  try {
    events = rows(await getJson('/newskg/queries/timeline'));
  } catch (e) {
    if (e.status !== 404) throw e;
    empty.textContent = 'No timeline yet: this store has no events (the timeline query is not installed).';
    empty.hidden = false;
    return;
  }
  const wanted = actor.toLowerCase();
  const mine = events.filter((e) => [e.agent, e.target, e.place].some((v) => (v || '').toLowerCase().includes(wanted)));
  const shown = mine.length ? mine : events;
  $('timeline-scope').textContent = mine.length ? `— ${mine.length} involving “${actor}”`
    : events.length ? `— none involve “${actor}”; all ${events.length} events` : '';
  empty.hidden = shown.length > 0;
  empty.textContent = 'No events in the store.';
  shown.forEach((e) => list.append(el('li', { class: 'event', title: e.evidence || '' },
    el('strong', {}, e.date || 'undated'), ' ', (e.type || 'Event') + ': ',
    [e.agent, e.target && '→ ' + e.target, e.place && 'in ' + e.place, e.count && '(' + [e.count_qualifier, e.count].filter(Boolean).join(' ') + ')']
      .filter(Boolean).join(' '), ' ', e.document ? articleLink(e.document) : '')));
}

let cy = null;

async function showGraph(actor) {
  const box = $('graph');
  const r = await fetch('/newskg/viz?format=cytoscape&depth=2&actor=' + encodeURIComponent(actor));
  if (cy) { cy.destroy(); cy = null; }
  box.dataset.nodes = '0';
  if (!r.ok) { box.replaceChildren(el('p', { class: 'empty' }, `No graph for “${actor}”.`)); return; }
  box.replaceChildren();
  const data = await r.json();
  cy = cytoscape({
    container: box,
    elements: data.elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'background-color': (n) => COLOURS[n.data('kind')] || '#ccc', label: 'data(label)', 'font-size': 9,
        'text-wrap': 'ellipsis', 'text-max-width': 120, width: 14, height: 14, color: '#1d2430' } },
      { selector: 'node[kind = "statement"]', style: { label: '', shape: 'round-rectangle', width: 10, height: 10 } },
      { selector: 'node[kind = "actor"], node[kind = "unit"]', style: { width: 22, height: 22, 'font-size': 11, 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 1, 'line-color': '#b8c2cc', 'target-arrow-color': '#b8c2cc',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 7, color: '#7b8794' } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#1f3a5f' } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 60 },
  });
  box.dataset.nodes = String(cy.nodes().length);
  cy.on('tap', 'node', (ev) => {
    const d = ev.target.data();
    $('graph-detail').textContent = `${d.type}: ${d.text}` + (d.date ? ` (${d.date})` : '') + (d.article ? ` — ${d.article}` : '');
  });
}

async function search(actor) {
  $('status').textContent = `Looking up “${actor}”…`;
  history.replaceState(null, '', '?actor=' + encodeURIComponent(actor));
  try {
    const n = await showStatements(actor);
    await Promise.all([showTimeline(actor), showGraph(actor)]);
    $('status').textContent = n ? `${n} statement${n === 1 ? '' : 's'} by “${actor}”.` : `Nothing said by “${actor}”.`;
    document.body.dataset.ready = 'true';
  } catch (e) {
    $('status').textContent = 'Error: ' + e.message;
  }
}

document.addEventListener('DOMContentLoaded', async () => {
  $('search').addEventListener('submit', (ev) => { ev.preventDefault(); search($('actor').value.trim()); });
  try {
    await Promise.all([loadArticles(), loadActorNames()]);
  } catch (e) {
    $('status').textContent = 'Error: ' + e.message;
  }
  document.body.dataset.loaded = 'true';
  const initial = new URLSearchParams(location.search).get('actor');
  if (initial) { $('actor').value = initial; search(initial); }
});
