// The search page: the site's own small results list over Pagefind's JavaScript
// API (pagefind.js), so that results can be narrowed by filters and ordered by
// date. Everything the reader chooses is kept in the address
// (/search/?q=...&sort=date-desc&outlet=...), so a search can be linked to.
// A large archive's index is cut into bundles (pagefind/shards.json, written
// by archive/search_shards.py): every bundle is searched and the results
// merged, by score, or by date where each dated bundle holds a range of dates.
// A delta index of articles dropped in since the last full build
// (pagefind-delta/) is searched too when there is one.
// Unless the reader picks a Type, the results are articles, and the names'
// own pages (people, places, ...) that match the words are offered apart,
// above them: an entity page is a few words long, so it outscores the
// articles for any word of its name ("bank", "minister"), and at 10,000
// articles the first pages of results would be nothing but names.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) {
    return;
  }
  var input = document.getElementById("search-input");
  var sortSelect = document.getElementById("search-sort");
  var options = document.getElementById("search-options");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var namesBox = document.getElementById("search-names");
  var namesList = document.getElementById("search-names-list");
  var namesMore = document.getElementById("search-names-more");
  var PAGE_SIZE = 10;
  var NAMES_FIRST = 5; // names offered at first; "More names" adds NAMES_MORE
  var NAMES_MORE = 10;
  var NAMES_LOOKED_AT = 30; // names read at a time, to put in order
  var ARTICLE_TYPE = "Article"; // the type filter of article pages (layouts/article.html)
  var MAX_CHOICES = 200; // values offered per filter, most used first
  var FILTERS = [
    ["type", "Type"],
    ["outlet", "Outlet"],
    ["author", "Author"],
    ["year", "Year"],
    ["person", "Person"],
    ["place", "Place"],
    ["organisation", "Organisation"],
    ["event", "Event"],
  ];
  var SORTS = {
    "date-desc": { date: "desc" },
    "date-asc": { date: "asc" },
  };
  // {pagefind, pages, block}: "dated" bundles hold ranges of dates, oldest
  // first; "undated" ones pages without a date; "all" a site's only bundle.
  var bundles = [];
  var results = [];
  var shown = 0;
  var generation = 0;
  var selects = {};
  var names = []; // the names' pages Pagefind found, in its order
  var namesTaken = 0; // how many of them were read (their data loaded)
  var namesWaiting = []; // the data of those read, in our order, not yet shown
  var nameTypes = []; // the type filter's values other than ARTICLE_TYPE

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  sortSelect.value = SORTS[params.get("sort")] ? params.get("sort") : "";
  var headerBox = document.getElementById("site-search");
  if (headerBox) {
    headerBox.value = input.value;
  }

  // Chinese and Japanese are written without spaces: the index holds each of
  // their characters as a word of its own (archive/search.py, the same range as
  // archive/text.py CJK_CHARACTERS), so a query is split the same way, and the
  // spaces are taken out of the excerpts shown. Pagefind finds the words of a
  // phrase in quotes only next to each other, and drops a word it has never
  // seen: so the longest run of such characters is searched as a phrase, or
  // 议会 would find every page with 会.
  var IDEOGRAPHS = "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]";
  var IDEOGRAPH_PAIR = new RegExp("(" + IDEOGRAPHS + ")(?=" + IDEOGRAPHS + ")", "g");
  var IDEOGRAPH_RUN = new RegExp(IDEOGRAPHS + "{2,}", "g");
  var IDEOGRAPH = new RegExp(IDEOGRAPHS);
  var SPACED_PAIR = new RegExp(
    "(" + IDEOGRAPHS + "(?:</?mark>)*) (?=(?:</?mark>)*" + IDEOGRAPHS + ")",
    "g"
  );

  function ideographsApart(term) {
    var phrase = "";
    if (term.indexOf('"') < 0) {
      (term.match(IDEOGRAPH_RUN) || []).forEach(function (run) {
        if (run.length > phrase.length) {
          phrase = run;
        }
      });
    }
    var quoted = phrase ? term.replace(phrase, '"' + phrase + '"') : term;
    return quoted.replace(IDEOGRAPH_PAIR, "$1 ");
  }

  function ideographsTogether(html) {
    return html.replace(SPACED_PAIR, "$1");
  }

  function say(text) {
    status.textContent = text;
  }

  function chosenFilters() {
    var filters = {};
    Object.keys(selects).forEach(function (name) {
      if (selects[name].value) {
        filters[name] = selects[name].value;
      }
    });
    return filters;
  }

  function remember() {
    var next = new URLSearchParams();
    if (input.value.trim()) {
      next.set("q", input.value.trim());
    }
    if (sortSelect.value) {
      next.set("sort", sortSelect.value);
    }
    var filters = chosenFilters();
    FILTERS.forEach(function (pair) {
      if (filters[pair[0]]) {
        next.set(pair[0], filters[pair[0]]);
      }
    });
    var query = next.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
  }

  function addFilter(name, label, counts) {
    var values = Object.keys(counts).sort(function (a, b) {
      if (name === "year") {
        return a < b ? 1 : -1;
      }
      return counts[b] - counts[a] || a.localeCompare(b);
    });
    var wanted = params.get(name);
    if (!values.length) {
      return;
    }
    var field = document.createElement("label");
    var select = document.createElement("select");
    select.id = "search-filter-" + name;
    select.name = name;
    field.htmlFor = select.id;
    field.appendChild(document.createTextNode(label));
    var any = document.createElement("option");
    any.value = "";
    any.textContent = "Any";
    select.appendChild(any);
    values.slice(0, MAX_CHOICES).forEach(function (value) {
      var option = document.createElement("option");
      option.value = value;
      option.textContent = value + " (" + counts[value] + ")";
      select.appendChild(option);
    });
    if (wanted && values.indexOf(wanted) >= MAX_CHOICES) {
      var extra = document.createElement("option");
      extra.value = wanted;
      extra.textContent = wanted;
      select.appendChild(extra);
    }
    select.value = wanted && counts[wanted] !== undefined ? wanted : "";
    select.addEventListener("change", run);
    field.appendChild(select);
    options.appendChild(field);
    selects[name] = select;
  }

  // Pagefind's excerpt is HTML with <mark> around the words found; only the
  // text and the marks are kept.
  function excerptNodes(html) {
    var template = document.createElement("template");
    template.innerHTML = ideographsTogether(html);
    var fragment = document.createDocumentFragment();
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        fragment.appendChild(mark);
      } else {
        fragment.appendChild(document.createTextNode(node.textContent));
      }
    });
    return fragment;
  }

  function resultItem(data) {
    var item = document.createElement("li");
    var article = document.createElement("article");
    article.className = "teaser";
    var heading = document.createElement("h2");
    heading.className = "teaser-title";
    var link = document.createElement("a");
    link.className = "search-result-link";
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    heading.appendChild(link);
    article.appendChild(heading);
    var meta = document.createElement("p");
    meta.className = "teaser-meta";
    // An entity page says what it names; an article its outlet, byline and date.
    meta.textContent = data.meta.kind
      ? data.meta.kind + " · names in the archive"
      : [data.meta.outlet, data.meta.byline, data.meta.published || "Date not stated"]
          .filter(Boolean)
          .join(" · ");
    article.appendChild(meta);
    var text = document.createElement("p");
    text.className = "teaser-text";
    text.appendChild(excerptNodes(data.excerpt || ""));
    article.appendChild(text);
    item.appendChild(article);
    return item;
  }

  // What Pagefind holds of each result: its URL, metadata and excerpt.
  function dataOf(found) {
    return Promise.all(
      found.map(function (result) {
        return result.data();
      })
    );
  }

  function showMore(mine) {
    return dataOf(results.slice(shown, shown + PAGE_SIZE)).then(function (pages) {
      if (mine !== generation) {
        return;
      }
      pages.forEach(function (data) {
        list.appendChild(resultItem(data));
      });
      shown += pages.length;
      more.hidden = shown >= results.length;
      list.setAttribute("aria-busy", "false");
    });
  }

  function describe(count, term) {
    var type = chosenFilters().type;
    var noun = !type || type === ARTICLE_TYPE ? "article" : "result";
    var words = count === 0 ? "No " + noun + "s" : count + " " + noun + (count === 1 ? "" : "s");
    if (term) {
      words += " for “" + term + "”";
    }
    var filters = chosenFilters();
    var narrowed = Object.keys(filters).map(function (name) {
      return filters[name];
    });
    if (narrowed.length) {
      words += ", only " + narrowed.join(", ");
    }
    if (sortSelect.value === "date-desc") {
      words += ", newest first";
    } else if (sortSelect.value === "date-asc") {
      words += ", oldest first";
    }
    return words + ".";
  }

  function run(event) {
    if (event && event.preventDefault) {
      event.preventDefault();
    }
    remember();
    var term = input.value.trim();
    var filters = chosenFilters();
    var mine = ++generation;
    list.textContent = "";
    more.hidden = true;
    results = [];
    shown = 0;
    clearNames();
    if (!term && !Object.keys(filters).length && !sortSelect.value) {
      say("");
      return;
    }
    list.setAttribute("aria-busy", "true");
    var query = {};
    var offerNames = term && nameTypes.length && !Object.keys(filters).length;
    if (!filters.type && nameTypes.length) {
      filters.type = ARTICLE_TYPE;
    }
    if (offerNames) {
      namesBox.setAttribute("aria-busy", "true"); // until the names are shown
    }
    if (Object.keys(filters).length) {
      query.filters = filters;
    }
    if (SORTS[sortSelect.value]) {
      query.sort = SORTS[sortSelect.value];
    }
    searchAll(term ? ideographsApart(term) : null, query, term).then(function (found) {
      if (mine !== generation) {
        return;
      }
      results = found;
      // after the articles' searches: see holdsEveryWord
      if (offerNames) {
        searchNames(ideographsApart(term)).then(function (named) {
          if (mine === generation) {
            names = named;
            showNames(mine, NAMES_FIRST, term);
          }
        });
      }
      return showMore(mine).then(function () {
        if (mine === generation) {
          say(describe(results.length, term));
        }
      });
    });
  }

  // Pagefind finds the pages that hold every word searched for; but where no
  // word of a bundle's index begins with one of them, it takes a shorter word
  // of that index in its place (foundByTheWords): "kono" finds, in a bundle
  // without Kono, every page with a word "ko"; "artery japan", every page with
  // "a" and Japan. A bundle in which a word is found only so holds no page with
  // every word, and gives no results. One word is checked on the best result
  // found; more words each on its own, one after another and before the search
  // itself, since a page's excerpt is marked for the words of the latest search
  // that found it, whichever search it came from.
  function bundleResults(bundle, term, query, typed) {
    var words = typed && !IDEOGRAPH.test(typed) ? typed.replace(/"/g, " ").split(/\s+/) : [];
    words = words.filter(Boolean);
    var holds = words.length > 1 ? holdsEveryWord(bundle, words) : Promise.resolve(true);
    return holds.then(function (holding) {
      if (!holding) {
        return [];
      }
      return bundle.pagefind.search(term, query).then(function (search) {
        var found = search ? search.results : [];
        if (words.length !== 1 || !found.length) {
          return found;
        }
        return found[0].data().then(function (data) {
          return foundByTheWords(data, words[0]) ? found : [];
        });
      });
    });
  }

  function holdsEveryWord(bundle, words) {
    return words.reduce(function (holding, word) {
      return holding.then(function (holds) {
        return holds && holdsTheWord(bundle, word);
      });
    }, Promise.resolve(true));
  }

  // The words a bundle holds are remembered (a search typed word by word asks
  // again), not those it lacks: a search still running for an earlier query
  // may have marked the excerpt read here.
  function holdsTheWord(bundle, word) {
    bundle.holds = bundle.holds || {};
    var key = word.toLowerCase();
    if (bundle.holds[key]) {
      return Promise.resolve(true);
    }
    return bundle.pagefind.search(word).then(function (search) {
      var best = search && search.results[0];
      return best
        ? best.data().then(function (data) {
            bundle.holds[key] = foundByTheWords(data, word);
            return bundle.holds[key];
          })
        : false;
    });
  }

  // Each bundle's results in its own order. By date, the bundles are read one
  // after another (their ranges of dates follow each other), and pages without
  // a date left out, as Pagefind does; by relevance, all are merged by
  // Pagefind's score, ties kept in bundle order.
  function searchAll(term, query, typed) {
    return Promise.all(
      bundles.map(function (bundle) {
        return bundleResults(bundle, term, query, typed);
      })
    ).then(function (found) {
      if (query.sort) {
        // Bundles of one block share one date. Pagefind puts pages of one date
        // in page order newest first, and the other way oldest first: so the
        // blocks are reversed for newest first, the bundles in a block for oldest.
        var blocks = [];
        found.forEach(function (results, index) {
          var bundle = bundles[index];
          var last = blocks[blocks.length - 1];
          if (bundle.pages === "undated") {
            return;
          }
          if (last && bundle.block !== undefined && last.block === bundle.block) {
            last.parts.push(results);
          } else {
            blocks.push({ block: bundle.block, parts: [results] });
          }
        });
        var newestFirst = query.sort.date === "desc";
        if (newestFirst) {
          blocks.reverse();
        }
        var ordered = [];
        blocks.forEach(function (block) {
          (newestFirst ? block.parts : block.parts.reverse()).forEach(function (results) {
            ordered = ordered.concat(results);
          });
        });
        return ordered;
      }
      var merged = [].concat.apply([], found);
      if (found.length > 1) {
        merged.sort(function (a, b) {
          return b.score - a.score;
        });
      }
      return merged;
    });
  }

  // The names' pages that match the words, from the bundles that hold pages
  // without a date, merged by score.
  function searchNames(term) {
    var query = { filters: { type: { any: nameTypes } } };
    return Promise.all(
      bundles
        .filter(function (bundle) {
          return bundle.pages !== "dated";
        })
        .map(function (bundle) {
          return bundle.pagefind.search(term, query).then(function (search) {
            return search ? search.results : [];
          });
        })
    ).then(function (found) {
      var merged = [].concat.apply([], found);
      merged.sort(function (a, b) {
        return b.score - a.score;
      });
      return merged;
    });
  }

  function clearNames() {
    names = [];
    namesTaken = 0;
    namesWaiting = [];
    namesList.textContent = "";
    namesBox.hidden = true;
    namesMore.hidden = true;
    namesBox.setAttribute("aria-busy", "false");
  }

  // Up to `wanted` more names. Pagefind's order favours the shortest pages
  // and a name that begins with the word ("USB-PD" first for "us"), so each
  // batch of names it finds is put in an order of our own (nameRank), and the
  // names not found by the words searched for (foundByTheWords) are left out.
  function showNames(mine, wanted, term) {
    if (namesWaiting.length >= wanted || namesTaken >= names.length) {
      namesWaiting.splice(0, wanted).forEach(function (data) {
        namesList.appendChild(nameItem(data));
      });
      namesBox.hidden = namesList.childElementCount === 0;
      namesMore.hidden = namesWaiting.length === 0 && namesTaken >= names.length;
      namesBox.setAttribute("aria-busy", "false");
      return Promise.resolve();
    }
    var batch = names.slice(namesTaken, namesTaken + NAMES_LOOKED_AT);
    namesTaken += batch.length;
    return dataOf(batch).then(function (pages) {
      if (mine !== generation) {
        return;
      }
      var strong = pages.filter(function (data) {
        return foundByTheWords(data, term);
      });
      namesWaiting = namesWaiting.concat(ranked(strong, nameWords(term).join(" ")));
      return showNames(mine, wanted, term);
    });
  }

  // Where no word of the index begins with a word searched for, Pagefind takes
  // the longest word of the index that begins it instead (for a word still being
  // typed: "installa" finds "installation"): "artery" finds every page with
  // "a", "takoyaki" finds "James T. Kirk" by its "T.". A page is found by the
  // words when a word it matched (marked in its excerpt) begins as one of them
  // does, in its first three letters; a word of Chinese or Japanese, indexed a
  // character at a time, always is.
  function foundByTheWords(data, term) {
    if (IDEOGRAPH.test(term)) {
      return true;
    }
    var starts = nameWords(term).map(function (word) {
      return word.slice(0, 3);
    });
    return ((data.excerpt || "").match(/<mark>[^<]*<\/mark>/g) || []).some(function (mark) {
      var matched = nameWords(mark.slice(6, -7)).join("");
      return starts.some(function (start) {
        return matched.indexOf(start) === 0;
      });
    });
  }

  // First the names (or aliases) that are the words searched for ("US" for
  // "us"), then those that begin with them, then those that hold them as
  // whole words, then the rest (a longer word, a stem); Pagefind's order
  // within each.
  function ranked(pages, query) {
    return pages
      .map(function (data, index) {
        return { data: data, rank: nameRank(data, query), index: index };
      })
      .sort(function (a, b) {
        return a.rank - b.rank || a.index - b.index;
      })
      .map(function (entry) {
        return entry.data;
      });
  }

  function nameRank(data, query) {
    var meta = data.meta || {};
    var written = [meta.title || ""].concat(meta.aliases ? meta.aliases.split("|") : []);
    var best = 3;
    written.forEach(function (name) {
      var words = nameWords(name).join(" ");
      if (words === query) {
        best = 0;
      } else if (words.indexOf(query + " ") === 0) {
        best = Math.min(best, 1);
      } else if ((" " + words + " ").indexOf(" " + query + " ") >= 0) {
        best = Math.min(best, 2);
      }
    });
    return best;
  }

  // "U.S." -> ["us"]; "Taro Kono" -> ["taro", "kono"].
  function nameWords(text) {
    return text
      .toLowerCase()
      .replace(/\./g, "")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  }

  function nameItem(data) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.className = "chip search-name-link chip-" + ((data.meta && data.meta.group) || "other");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    if (data.meta && data.meta.kind) {
      var kind = document.createElement("span");
      kind.className = "count";
      kind.textContent = " " + data.meta.kind.toLowerCase();
      link.appendChild(kind);
    }
    item.appendChild(link);
    return item;
  }

  function filtersAll() {
    return Promise.all(
      bundles.map(function (bundle) {
        return bundle.pagefind.filters();
      })
    ).then(function (each) {
      var merged = {};
      each.forEach(function (filters) {
        Object.keys(filters).forEach(function (name) {
          var counts = (merged[name] = merged[name] || {});
          Object.keys(filters[name]).forEach(function (value) {
            counts[value] = (counts[value] || 0) + filters[name][value];
          });
        });
      });
      return merged;
    });
  }

  // Each bundle is opened through its own copy of pagefind.js: the module keeps
  // one WebAssembly instance, which two indexes cannot share (the API's
  // createInstance does share it, and fails: "unreachable").
  // A bundle of pages without a date holds the names' pages alone: there a
  // page is not scored down for its length, or a name with a description
  // ("Xi Jinping") would come after every short name that merely begins with
  // the word ("Ximena ...").
  function openBundle(path, pages, block) {
    var options = { baseUrl: form.dataset.baseUrl, excerptLength: 30 };
    if (pages === "undated") {
      options.ranking = { pageLength: 0 };
    }
    return import(path + "pagefind.js").then(function (pagefind) {
      return pagefind
        .options(options)
        .then(function () {
          return { pagefind: pagefind, pages: pages, block: block };
        });
    });
  }

  function bundleList(main) {
    return fetch(main + "shards.json")
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .catch(function () {
        return null;
      })
      .then(function (listed) {
        return listed && listed.bundles ? listed.bundles : [{ bundle: "", pages: "all" }];
      });
  }

  // The delta holds articles dropped in since the build: taken as the newest.
  function deltaBundle(delta) {
    return fetch(delta + "pagefind-entry.json", { method: "HEAD" })
      .then(function (response) {
        return response.ok ? openBundle(delta, "all") : null;
      })
      .catch(function () {
        return null;
      });
  }

  say("Loading the search index…");
  var main = form.dataset.bundle;
  bundleList(main)
    .then(function (listed) {
      var opening = listed.map(function (entry) {
        return openBundle(main + entry.bundle, entry.pages, entry.block);
      });
      return Promise.all([Promise.all(opening), deltaBundle(form.dataset.delta)]);
    })
    .then(function (opened) {
      bundles = opened[0];
      var delta = opened[1];
      if (delta) {
        var newest = bundles.filter(function (bundle) {
          return bundle.pages !== "undated";
        }).length;
        bundles.splice(newest, 0, delta);
      }
      return filtersAll();
    })
    .then(function (available) {
      nameTypes = Object.keys(available.type || {}).filter(function (value) {
        return value !== ARTICLE_TYPE;
      });
      FILTERS.forEach(function (pair) {
        addFilter(pair[0], pair[1], available[pair[0]] || {});
      });
      form.addEventListener("submit", run);
      input.addEventListener("input", debounce(run, 250));
      sortSelect.addEventListener("change", run);
      more.addEventListener("click", function () {
        showMore(generation);
      });
      namesMore.addEventListener("click", function () {
        namesBox.setAttribute("aria-busy", "true");
        showNames(generation, NAMES_MORE, input.value.trim());
      });
      say("");
      run();
    })
    .catch(function () {
      say("Search is not available on this copy of the archive.");
    });

  function debounce(action, wait) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(action, wait);
    };
  }
})();
