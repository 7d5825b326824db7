"""The kgraph ontology namespace. GENERATED from ontologies/kgraph.ttl by
``python -m kgraph.rdf.gen_namespace``; do not edit by hand (a test checks they agree).
"""
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class KG(DefinedNamespace):
    """kgraph ontology terms; an unknown attribute raises instead of minting a URI."""

    _fail = True
    _NS = Namespace("https://w3id.org/kgraph/ontology#")

    Actor: URIRef  # actor
    Agreement: URIRef  # agreement
    Build: URIRef  # build
    Country: URIRef  # country
    Document: URIRef  # document
    DocumentGraph: URIRef  # document graph
    Evidence: URIRef  # evidence
    Institution: URIRef  # institution
    Interaction: URIRef  # interaction
    Meeting: URIRef  # meeting
    Negotiation: URIRef  # negotiation
    ParticipantRole: URIRef  # participant role
    Participation: URIRef  # participation
    Person: URIRef  # person
    PhoneCall: URIRef  # phone call
    Place: URIRef  # place
    RoleScheme: URIRef  # participant roles
    Status: URIRef  # status
    StatusScheme: URIRef  # interaction statuses
    Summit: URIRef  # summit
    Talks: URIRef  # talks
    VideoCall: URIRef  # video call
    Visit: URIRef  # visit
    actor: URIRef  # actor
    actorPair: URIRef  # actor pair
    actorPairCount: URIRef  # actor pair count
    actorPairRow: URIRef  # actor pair row
    cameoCode: URIRef  # CAMEO code
    cancelled: URIRef  # cancelled
    channel: URIRef  # channel
    confidence: URIRef  # confidence
    contentHash: URIRef  # content hash
    counterpartTotal: URIRef  # counterpart total
    country: URIRef  # country
    countryPairMonth: URIRef  # country pair and month
    countryPairRow: URIRef  # country pair row
    currentActor: URIRef  # current actor
    currentCountry: URIRef  # current country
    currentDate: URIRef  # current date
    currentDatePrecision: URIRef  # current date precision
    currentKind: URIRef  # current kind
    currentLabel: URIRef  # current label
    currentLocation: URIRef  # current location
    currentName: URIRef  # current name
    currentParticipant: URIRef  # current participant
    currentParticipation: URIRef  # current participation
    currentPost: URIRef  # current post
    currentRole: URIRef  # current role
    currentSource: URIRef  # current source
    currentStatus: URIRef  # current status
    currentTopic: URIRef  # current topic
    currentType: URIRef  # current type
    date: URIRef  # date
    datePrecision: URIRef  # date precision
    dateline: URIRef  # dateline
    docId: URIRef  # document id
    documentTotal: URIRef  # document total
    end: URIRef  # end offset
    evidence: URIRef  # evidence
    host: URIRef  # host
    interactionCount: URIRef  # interaction count
    interactionTotal: URIRef  # interaction total
    kgraphVersion: URIRef  # kgraph version
    latestSource: URIRef  # latest source
    location: URIRef  # location
    mediator: URIRef  # mediator
    metRow: URIRef  # met row
    modelName: URIRef  # model name
    modelVersion: URIRef  # model version
    nameOrAlias: URIRef  # name or alias
    negated: URIRef  # negated
    occurred: URIRef  # occurred
    pairActor1: URIRef  # pair actor 1
    pairActor2: URIRef  # pair actor 2
    pairCountry1: URIRef  # pair country 1
    pairCountry2: URIRef  # pair country 2
    pairInteractionCount: URIRef  # pair interaction count
    pairMonth: URIRef  # pair month
    pairTopics: URIRef  # pair topics
    participant: URIRef  # participant
    participantNames: URIRef  # participant names
    participation: URIRef  # participation
    planned: URIRef  # planned
    plannedRow: URIRef  # planned row
    ploverCode: URIRef  # PLOVER code
    ploverMode: URIRef  # PLOVER mode
    postTitle: URIRef  # post title
    reportedStatus: URIRef  # reported status
    role: URIRef  # role
    sourceCount: URIRef  # source count
    sourceDocument: URIRef  # source document
    sourcePath: URIRef  # source path
    start: URIRef  # start offset
    statedOn: URIRef  # stated on
    status: URIRef  # status
    statusNames: URIRef  # status names
    text: URIRef  # text
    topic: URIRef  # topic
    url: URIRef  # URL
    viewVersion: URIRef  # view version
    visitor: URIRef  # visitor
