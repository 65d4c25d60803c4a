// SPDX-License-Identifier: MIT
// query: resolve names, ask queries/, turn the rows into a ResultTable and print it.
#include "cli/QueryCommand.h"

#include <initializer_list>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "cli/Common.h"
#include "cli/ResultTable.h"
#include "cli/Timings.h"
#include "graph/Names.h"
#include "queries/Queries.h"

namespace pressgraph::cli {
namespace {

constexpr std::initializer_list<NodeKind> ORGANIZATIONS = {NodeKind::Organization, NodeKind::Office};
constexpr std::initializer_list<NodeKind> ENTITIES = {NodeKind::Organization, NodeKind::Office, NodeKind::City,
                                                      NodeKind::Country,      NodeKind::Person, NodeKind::Event};
constexpr std::initializer_list<NodeKind> WITH_TIMELINE = {NodeKind::Organization, NodeKind::Office, NodeKind::City,
                                                           NodeKind::Country, NodeKind::Person};

constexpr const char* QUERY_FOOTER = R"(NAME is matched in any spelling (name or alternate name), case- and accent-insensitive;
"IOM", "iom" and "International Organization for Migration" are the same. An office counts
as its parent organization; asked for an office, a query answers for that office (and any
office under it).

--format table (the default) lines columns up for reading; json (an array of objects, each
with "name" and "iri"), csv and tsv are for programs. Lists of names are JSON arrays and are
joined with "; " elsewhere.

Examples:
  pressgraph query graph.ttl partners IOM --why
  pressgraph query graph.ttl events --country Belarus --from 2016 --to 2018-06 --format csv
  pressgraph query graph.ttl path "IOM Moscow" UNICEF
  pressgraph query graph.ttl partners --help

Exit status: 0 answered (also when the answer is empty), 1 a name not in the graph (with
the closest names) or an unreadable graph, 2 usage error (missing argument, unknown query
or option, bad date).)";

/// A name the graph does not hold: exit 1, with suggestions.
class UnknownName : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::string inQuotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string lowerLabel(NodeKind kind) { return asciiLower(info(kind).label); }

// The node `name` means among `kinds`; `noun` says what was looked for in the message.
NodeId resolve(const KnowledgeGraph& graph, const std::string& name, std::initializer_list<NodeKind> kinds,
               std::string_view noun) {
  if (auto node = findNode(graph, name, kinds)) return *node;
  std::string message = "no " + std::string(noun) + " named " + inQuotes(name) + " in the graph";
  for (NodeId other : graph.findByName(name))  // there, but as something else ("Moscow", a city)
    if (graph.kind(other) != NodeKind::Document) {
      message += " (" + inQuotes(graph.name(other)) + " is a " + lowerLabel(graph.kind(other)) + ")";
      break;
    }
  const auto similar = similarNames(graph, name, kinds);
  for (std::size_t i = 0; i < similar.size(); ++i) message += (i ? ", " : "; did you mean: ") + inQuotes(similar[i]);
  throw UnknownName(message);
}

Cell text(std::string_view s) { return s.empty() ? Cell{} : Cell{std::string(s)}; }

Cell joined(const std::vector<std::string_view>& values) {
  std::string out;
  for (auto v : values) out += (out.empty() ? "" : "; ") + std::string(v);
  return text(out);
}

Cell names(const KnowledgeGraph& graph, const std::vector<NodeId>& nodes) {
  std::vector<std::string> out;
  for (NodeId n : nodes) out.emplace_back(graph.name(n));
  return out;
}

ResultTable partnersTable(const KnowledgeGraph& graph, const QueryOptions& o) {
  const NodeId org = resolve(graph, o.name, ORGANIZATIONS, "organization");
  ResultTable table{{"name", "events", "iri"}, {}, o.why, "no partners of " + std::string(graph.name(org)) + " in this graph"};
  for (const PartnerRow& p : partners(graph, org)) {
    ResultRow row{{std::string(graph.name(p.partner)), p.events.size(), graph.iri(p.partner)}, {}};
    if (o.why)
      for (const SharedEvent& shared : p.events) {
        Reason reason{std::string(graph.name(shared.event)), graph.iri(shared.event), {}, {}};
        for (const RoleSentence& r : roleSentences(graph, shared)) {
          reason.sentences.emplace_back(r.sentence);
          reason.rules.emplace_back(r.rules.begin(), r.rules.end());
        }
        row.why.push_back(std::move(reason));
      }
    table.rows.push_back(std::move(row));
  }
  return table;
}

ResultTable eventTable(const KnowledgeGraph& graph, const std::vector<EventRow>& events, std::string whenEmpty) {
  ResultTable table{{"name", "start", "end", "city", "type", "organizers", "iri"}, {}, false, std::move(whenEmpty)};
  for (const EventRow& e : events) {
    std::vector<std::string_view> places;
    for (NodeId p : e.places) places.push_back(graph.name(p));
    table.rows.push_back(ResultRow{{std::string(graph.name(e.event)), text(e.start), text(e.end), joined(places), text(e.type),
                                    names(graph, e.organizers), graph.iri(e.event)},
                                   {}});
  }
  return table;
}

ResultTable eventsTable(const KnowledgeGraph& graph, const QueryOptions& o) {
  EventFilter filter;
  if (!o.org.empty()) filter.organization = resolve(graph, o.org, ORGANIZATIONS, "organization");
  if (!o.city.empty()) filter.place = resolve(graph, o.city, {NodeKind::City}, "city");
  if (!o.country.empty()) filter.place = resolve(graph, o.country, {NodeKind::Country}, "country");
  if (!o.type.empty()) filter.type = o.type;
  if (!o.from.empty()) filter.from = dateSpan(o.from)->first;  // checked when parsed
  if (!o.to.empty()) filter.to = dateSpan(o.to)->last;
  return eventTable(graph, events(graph, filter), "no events match");
}

ResultTable timelineTable(const KnowledgeGraph& graph, const QueryOptions& o) {
  const NodeId entity = resolve(graph, o.name, WITH_TIMELINE, "organization, place or person");
  return eventTable(graph, timeline(graph, entity), "no events of " + std::string(graph.name(entity)) + " in this graph");
}

ResultTable contactsTable(const KnowledgeGraph& graph, const QueryOptions& o) {
  std::optional<NodeId> org;
  if (!o.office.empty()) org = resolve(graph, o.office, {NodeKind::Office}, "office");
  if (!o.org.empty()) org = resolve(graph, o.org, ORGANIZATIONS, "organization");
  ResultTable table{{"name", "contactFor", "email", "telephone", "jobTitle", "iri"}, {}, false,
                    org ? "no contacts for " + std::string(graph.name(*org)) + " in this graph" : "no contacts in this graph"};
  for (const PersonRow& p : contacts(graph, org))
    table.rows.push_back(ResultRow{{std::string(graph.name(p.person)), names(graph, p.organizations), joined(p.emails),
                                    joined(p.telephones), joined(p.jobTitles), graph.iri(p.person)},
                                   {}});
  return table;
}

ResultTable peopleTable(const KnowledgeGraph& graph, const QueryOptions& o) {
  std::optional<NodeId> org;
  if (!o.org.empty()) org = resolve(graph, o.org, ORGANIZATIONS, "organization");
  ResultTable table{{"name", "jobTitle", "worksFor", "iri"}, {}, false,
                    org ? "nobody known to work for " + std::string(graph.name(*org)) : "nobody with an employer in this graph"};
  for (const PersonRow& p : people(graph, org))
    table.rows.push_back(ResultRow{
        {std::string(graph.name(p.person)), joined(p.jobTitles), names(graph, p.organizations), graph.iri(p.person)}, {}});
  return table;
}

ResultTable pathTable(const KnowledgeGraph& graph, const QueryOptions& o) {
  const NodeId from = resolve(graph, o.name, ENTITIES, "entity");
  const NodeId to = resolve(graph, o.target, ENTITIES, "entity");
  ResultTable table{{"step", "relation", "direction", "name", "type", "iri"}, {}, false,
                    std::string(graph.name(from)) + " and " + std::string(graph.name(to)) +
                        " are not connected (documents aside) in this graph"};
  const auto steps = path(graph, from, to);
  if (!steps) return table;
  for (std::size_t i = 0; i < steps->size(); ++i) {
    const PathStep& s = (*steps)[i];
    Cell relation, direction;
    if (s.via) {
      relation = std::string(info(s.via->relation).label);
      direction = std::string(s.via->to == s.node ? "->" : "<-");  // "->": from the step before to this one
    }
    table.rows.push_back(ResultRow{
        {i, relation, direction, std::string(graph.name(s.node)), std::string(info(graph.kind(s.node)).label), graph.iri(s.node)},
        {}});
  }
  return table;
}

ResultTable neighborsTable(const KnowledgeGraph& graph, const QueryOptions& o) {
  const NodeId node = resolve(graph, o.name, ENTITIES, "entity");
  ResultTable table{{"name", "type", "distance", "iri"}, {}, false,
                    "nothing within " + std::to_string(o.depth) + " of " + std::string(graph.name(node)) + " but documents"};
  for (const Reached& r : neighbors(graph, node, o.depth))
    table.rows.push_back(ResultRow{{std::string(graph.name(r.node)), std::string(info(graph.kind(r.node)).label),
                                    std::size_t{r.distance}, graph.iri(r.node)},
                                   {}});
  return table;
}

ResultTable topTable(const KnowledgeGraph& graph, const QueryOptions& o) {
  auto ranked = rankOrganizations(graph, o.by == "betweenness" ? RankBy::Betweenness : RankBy::Partners);
  if (o.limit != 0 && ranked.size() > o.limit) ranked.resize(o.limit);
  ResultTable table{{"name", "partners", "betweenness", "events", "iri"}, {}, false, "no organization took part in an event"};
  for (const auto& r : ranked)
    table.rows.push_back(ResultRow{
        {std::string(graph.name(r.organization)), r.partners, r.betweenness, r.events, graph.iri(r.organization)}, {}});
  return table;
}

ResultTable answer(const KnowledgeGraph& graph, const QueryOptions& o) {
  if (o.what == "partners") return partnersTable(graph, o);
  if (o.what == "events") return eventsTable(graph, o);
  if (o.what == "contacts") return contactsTable(graph, o);
  if (o.what == "people") return peopleTable(graph, o);
  if (o.what == "path") return pathTable(graph, o);
  if (o.what == "neighbors") return neighborsTable(graph, o);
  if (o.what == "top") return topTable(graph, o);
  if (o.what == "timeline") return timelineTable(graph, o);
  throw std::logic_error("query " + o.what + " has no answer");  // setupQuery and answer disagree
}

// Rejects what CLI11 cannot see alone: a period that ends before it starts.
void checkDates(const QueryOptions& o) {
  if (!o.from.empty() && !o.to.empty() && dateSpan(o.from)->first > dateSpan(o.to)->last)
    throw UsageError("--from " + o.from + " is after --to " + o.to);
}

}  // namespace

void setupQuery(CLI::App& app, QueryOptions& o) {
  auto* cmd = app.add_subcommand("query", "Ask a graph: partners, events, contacts, people, path, neighbors, top, timeline");
  cmd->footer(QUERY_FOOTER);
  cmd->add_option("graph", o.graph, "Graph file (.ttl .trig .nt .nq)")->required();
  cmd->add_option("--format", o.format, "table, json, csv or tsv")->check(CLI::IsMember(resultFormatNames()));
  cmd->require_subcommand(1);

  const CLI::Validator nonEmpty([](std::string& s) { return s.empty() ? std::string("must not be empty") : std::string(); },
                                "NAME");
  const CLI::Validator isoDate(
      [](std::string& s) { return dateSpan(s) ? std::string() : "not a date: " + s + " (use YYYY, YYYY-MM or YYYY-MM-DD)"; },
      "DATE");
  std::vector<std::string> types(eventTypes().begin(), eventTypes().end());

  const auto query = [&](const char* what, const std::string& description, const std::string& example) {
    auto* sub = cmd->add_subcommand(what, description);
    sub->fallthrough();  // --format may come after the query's own arguments
    sub->footer("Example:\n  pressgraph query graph.ttl " + example + "\n\nSee pressgraph query --help for names, formats and exit status.");
    sub->callback([&o, what] { o.what = what; });
    return sub;
  };

  auto* partners = query("partners", "Organizations that organized, partnered in, sponsored or funded an event with NAME",
                         "partners IOM --why");
  partners->add_option("name", o.name, "An organization or office")->required()->check(nonEmpty);
  partners->add_flag("--why", o.why, "Under each partner, the events shared and the sentences that say who did what");

  auto* events = query("events", "Events: name, dates, city, type, organizers; every filter given must hold",
                       "events --org IOM --from 2016 --to 2017-06");
  events->add_option("--org", o.org, "Taken part in (any role) by this organization or its offices")->check(nonEmpty);
  auto* city = events->add_option("--city", o.city, "Held in this city")->check(nonEmpty);
  events->add_option("--country", o.country, "Held in this country")->check(nonEmpty)->excludes(city);
  events->add_option("--type", o.type, "Conference, Workshop, ... (pg:eventType)")
      ->transform(CLI::IsMember(types, CLI::ignore_case));
  events->add_option("--from", o.from, "Not ended before this date: YYYY, YYYY-MM or YYYY-MM-DD")->check(isoDate);
  events->add_option("--to", o.to, "Not started after this date. With --from or --to, events whose date has no year "
                                   "(gMonthDay) or no date are left out")
      ->check(isoDate);

  auto* contacts = query("contacts", "Persons that are pg:contactFor an office or organization, with email, telephone, job title",
                         "contacts --org IOM");
  auto* office = contacts->add_option("--office", o.office, "This office only")->check(nonEmpty);
  contacts->add_option("--org", o.org, "This organization and its offices")->check(nonEmpty)->excludes(office);

  auto* people = query("people", "Persons who work for an organization or its offices, with job titles", "people --org IOM");
  people->add_option("--org", o.org, "This organization and its offices")->check(nonEmpty);

  auto* path = query("path", "A shortest connection from A to B through events, offices and places (not documents)",
                     "path \"IOM Moscow\" UNICEF");
  path->add_option("A", o.name, "Any entity: organization, office, person, city, country, event")->required()->check(nonEmpty);
  path->add_option("B", o.target, "Any entity")->required()->check(nonEmpty);

  auto* neighbors = query("neighbors", "Entities within --depth edges of NAME (documents aside), nearest first",
                          "neighbors Minsk --depth 2");
  neighbors->add_option("name", o.name, "Any entity")->required()->check(nonEmpty);
  neighbors->add_option("--depth", o.depth, "How many edges away (default 1)")->check(CLI::Range(1u, 100u));

  auto* top = query("top", "Organizations ranked by partners and by betweenness centrality in the organization-event graph",
                    "top --by betweenness --limit 5");
  top->add_option("--by", o.by, "partners (default) or betweenness")->check(CLI::IsMember({"partners", "betweenness"}));
  top->add_option("--limit", o.limit, "How many organizations (default 10, 0 for all)")->check(CLI::NonNegativeNumber);

  auto* timeline = query("timeline", "The events of an organization, office, city, country or person, in date order",
                         "timeline \"IOM Belarus\"");
  timeline->add_option("name", o.name, "An organization, office, city, country or person")->required()->check(nonEmpty);
}

int runQuery(const QueryOptions& o) {
  return guarded([&] {
    checkDates(o);
    const KnowledgeGraph& graph = keepUntilExit(loadGraphs({o.graph}));
    std::ostringstream out;
    const Stage querying("query");  // the answer after loading: names resolved, rows formatted
    try {
      const ResultTable table = answer(graph, o);
      printResult(table, *resultFormatByName(o.format), out);
      querying.done(table.rows.size(), "rows");
    } catch (const UnknownName& e) {
      printError(e.what());
      return EXIT_FAILED;
    }
    std::cout << out.str();
    return EXIT_OK;
  });
}

}  // namespace pressgraph::cli
