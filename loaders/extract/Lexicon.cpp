// SPDX-License-Identifier: MIT
// The word lists, as static WordSets.
#include "loaders/extract/Lexicon.h"
#include "loaders/extract/WordSet.h"

#include <string>
#include <unordered_set>

namespace pressgraph::lexicon {
namespace {

using Set = WordSet;

bool in(const Set& set, std::string_view w) { return set.contains(w); }

}  // namespace

bool isConnector(std::string_view w) {
  static const Set S = {"of", "the", "and", "for", "on", "in", "de", "la", "du", "des", "del", "to", "against",
                        "at", "el", "al", "und", "y", "da", "do", "das", "dos", "&", "-", "'s", "\xE2\x80\x99s"};
  return in(S, w);
}

bool isLeadingHead(std::string_view w) {
  static const Set S = {"Ministry", "Government", "Department", "Office", "Institute", "Council", "Committee",
                        "Federal", "State", "Embassy", "Delegation", "Bureau", "Directorate", "University",
                        "Academy", "Centre", "Center", "League", "Union", "Federation", "Commission", "Agency",
                        "Presidency", "Secretariat", "Ombudsman", "Parliament", "Permanent", "Mission",
                        "Association", "Foundation", "Network", "Coalition", "Chamber", "Confederation",
                        "Municipality", "Court", "Supreme", "National", "Republic", "Autonomous", "Organization",
                        "Organisation", "Fund", "Bank", "Service", "Assembly", "Society", "Alliance", "Authority",
                        "Board", "Police", "School", "College", "Observatory", "Consortium", "Trust"};
  return in(S, w);
}

bool isTrailingHead(std::string_view w) {
  static const Set S = {"Ministry", "Institute", "Council", "Committee", "Agency", "Fund", "Union", "Bank",
                        "Organization", "Organisation", "Association", "Network", "Centre", "Center", "Academy",
                        "Service", "Commission", "Coalition", "Federation", "Authority", "League", "Alliance",
                        "Secretariat", "Office", "Department", "Directorate", "Police", "University",
                        "Parliament", "Assembly", "Court", "Mission", "Delegation", "Embassy", "Foundation",
                        "Stiftung", "Society", "Trust", "Board", "Bureau", "Chamber", "Confederation", "Company",
                        "Corporation", "Institution", "Observatory", "School", "College", "Consortium",
                        "Government", "Ombudsman", "Municipality", "Guard", "Forces", "Red", "Crescent",
                        "Cross", "Programme", "Initiative", "Partnership", "Collective", "Guild", "Syndicate"};
  return in(S, w);
}

bool isUnitHead(std::string_view w) {
  static const Set S = {"Office", "Division", "Unit", "Department", "Mission", "Fund", "Bureau", "Centre", "Center",
                        "Section", "Branch", "Representation", "Delegation", "Secretariat", "Directorate",
                        "Sector", "Operation", "Programme", "Program", "Team", "Desk", "Cell"};
  return in(S, w);
}

bool isLegalForm(std::string_view w) {
  static const Set S = {"Foundation", "Fund", "Organization", "Organisation", "Association", "Society", "Company",
                        "Corporation", "Centre", "Center", "Union", "Network", "Coalition", "Trust", "NGO", "LLC",
                        "Institution", "Charity", "Movement", "Alliance", "Agency"};
  return in(S, w);
}

bool isHonorific(std::string_view w) {
  static const Set S = {"Dr",        "Dr.",      "Mr",       "Mr.",         "Mrs",       "Mrs.",     "Ms",
                        "Ms.",       "Prof",     "Prof.",    "Professor",   "H.E",       "H.E.",     "HE",
                        "Sir",       "Madam",    "Dame",     "Ambassador",  "Plenipotentiary", "Colonel",   "Col",      "General",
                        "Gen",       "Lieutenant", "Lt",     "Captain",     "Capt",      "Major",    "Judge",
                        "Justice",   "Hon",      "Hon.",     "Honorable",   "Honourable", "Excellency", "Minister",
                        "Senator",   "Sheikh",   "Rev",      "Reverend",    "Father",    "Sister",   "Commissioner",
                        "Mayor",     "President", "Deputy",  "Governor",    "Prime",     "Secretary", "Chairman",
                        "Chairperson", "Director", "Chief",  "Head",        "Representative", "Counsellor"};
  return in(S, w);
}

bool isRoleWord(std::string_view w) {
  static const Set S = {"Chief",      "Director",   "director",    "Head",        "head",        "Coordinator",
                        "coordinator", "Officer",   "officer",     "Representative", "representative", "Ambassador",
                        "President",  "President",  "Secretary",   "Chairman",    "Chair",       "Chairperson",
                        "Deputy",     "Manager",    "manager",     "Adviser",     "Advisor",     "adviser",
                        "advisor",    "Specialist", "specialist",  "Expert",      "expert",      "Professor",
                        "professor",  "fellow",     "Fellow",      "Minister",    "Commissioner", "Mayor",
                        "Counsellor", "Counselor",  "Consul",      "Rapporteur",  "member",      "Member",
                        "Spokesperson", "spokesperson", "Spokesman", "Associate", "Assistant",   "Analyst",
                        "analyst",    "Researcher", "researcher",  "Lecturer",    "Governor",    "Attaché",
                        "Envoy",      "Executive",  "Founder",     "founder",     "Leader",      "leader",
                        "Liaison",    "Programme",  "Program",     "Project",     "Senior",      "Acting",
                        "Regional",   "General",    "Coordinating", "Resident",   "Mission",     "Board",
                        "Vice",       "Undersecretary", "Under-Secretary", "Inspector", "Commander", "Judge"};
  return in(S, w);
}

bool isTitleNoun(std::string_view w) {
  static const Set S = {"Head",       "Chief",     "Director",  "Deputy",       "Secretary", "Coordinator", "Officer",
                        "Minister",   "Representative", "Ambassador", "President", "Chairman", "Chair", "Chairperson",
                        "Commissioner", "Manager", "Adviser",   "Advisor",      "Spokesperson", "Mayor",   "Governor",
                        "Rapporteur", "Consul",    "Counsellor", "Envoy"};
  return in(S, w);
}

bool isNonNameWord(std::string_view w) {
  static const Set S = {"The",       "A",        "An",       "In",        "On",       "At",        "For",
                        "From",      "With",     "By",       "And",       "Of",       "To",        "This",
                        "That",      "These",    "Those",    "It",        "Its",      "Our",       "We",
                        "He",        "She",      "They",     "His",       "Her",      "Their",     "January",
                        "February",  "March",    "April",    "May",       "June",     "July",      "August",
                        "September", "October",  "November", "December",  "Monday",   "Tuesday",   "Wednesday",
                        "Thursday",  "Friday",   "Saturday", "Sunday",    "Tel",      "Tel.",      "Phone",
                        "Email",     "E-mail",   "Fax",      "Mobile",    "Contact",  "Contacts",  "Press",
                        "Media",     "News",     "Note",     "Notes",     "Editor",   "Editors",   "Source",
                        "Photo",     "Read",     "More",     "Share",     "Download", "Related",   "Home",
                        "UN",        "EU",       "IOM",      "Migration", "Development", "International",
                        "National",  "Regional", "Global",   "European",  "Central",  "Eastern",   "Western",
                        "Northern",  "Southern", "Republic", "Federation", "Kingdom", "State",     "States",
                        "Union",     "Office",   "Ministry", "Government", "Department", "Council", "Committee",
                        "Organization", "Organisation", "Agency", "Fund", "Programme", "Conference", "Workshop",
                        "Forum",     "Meeting",  "Seminar",  "Training",  "Roundtable", "Summit", "Day",
                        "Week",      "Year",     "Report",   "Agenda",    "Goals",    "Compact",   "Declaration",
                        "Coordinator", "Director", "Chief",  "Head",      "Mission",  "Representative", "Minister",
                        "Ambassador", "Dr",      "Mr",       "Ms",        "Mrs",      "Prof",      "Professor",
                        "Sustainable", "Human",  "Rights",   "Trafficking", "Labour", "Labor",     "Refugees",
                        "Refugee",   "Asylum",   "Border",   "Security",  "Policy",   "Law",       "Act",
                        "Project",   "Upcoming", "Briefing", "Briefings", "When",     "Where",     "What",
                        "Who",       "Speaker",  "Speakers", "Participants", "Welcome", "About",    "Latest",
                        "Centre",    "Center",   "Institute", "University", "Academy", "Bank",     "Group",
                        "Facebook",  "Twitter",  "LinkedIn", "Instagram", "YouTube",  "WhatsApp",  "Telegram",
                        "Print",     "Communications", "Communication", "Information", "Public", "Relations"};
  return in(S, w);
}

}  // namespace pressgraph::lexicon
