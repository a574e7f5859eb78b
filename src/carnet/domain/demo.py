"""Demo data: a job search in progress, to teach the method in a workshop.

Claire Moreau looks for a key-account sales role in luxury perfume. Ten weeks into her search she
has met friends and former colleagues, followed their recommendations relay by relay into three
target houses, and reached the future boss at one of them. Her notebook, calls and follow-ups tell
that story.

The scenario is plain data below; ``ensure_demo_data`` builds it with the domain use cases. Every
date is counted from today (and kept off weekends), so the demo always looks current. Nothing is
random: two demo databases made on the same day are identical.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet.domain import notebook, people, profile, referrals
from carnet.domain.demo_give_and_take import add_give_and_take
from carnet.domain.enums import (
    ContactStatus,
    FollowUpKind,
    Forewarned,
    InteractionKind,
    IntroductionStatus,
    LeadStage,
    NoteKind,
    Outcome,
    Permission,
    Warmth,
)
from carnet.domain.models import FollowUp, Interaction, Organization, Person, Tag
from carnet.domain.weeks import week_start

# fmt: off
# --- The scenario --------------------------------------------------------------------------------
# ``day`` is always counted from today: -10 is ten days ago, 3 is in three days.

PROFILE = profile.ProfileDraft(
    name="Claire Moreau",
    target_role="Responsable grands comptes, parfumerie de luxe",
    sectors="Parfumerie de luxe, cosmétique sélective",
    pitch=(
        "Douze ans de vente en cosmétique sélective, dont sept passés à gérer les comptes grands "
        "magasins de Lumière Cosmétiques. J'ai fait progresser mes enseignes de 18 % en trois ans "
        "en misant sur l'animation en magasin et la formation des conseillères. Je veux mettre "
        "cette expérience au service d'une maison de parfum à taille humaine."
    ),
    precise_ask=(
        "Je cherche à parler avec quelqu'un qui connaît de l'intérieur Maison Orsane, Parfums "
        "Délys ou Atelier Vétiver, pour comprendre comment ces maisons travaillent avec les "
        "grands magasins. Un nom, et l'accord de vous citer, me suffisent."
    ),
    weekly_goal=5,
)


class _Org(NamedTuple):
    name: str
    sector: str
    priority: int | None = None  # set for target companies only, 1 the most wanted


ORGANIZATIONS = (
    _Org("Maison Orsane", "Parfumerie de luxe", priority=1),
    _Org("Parfums Délys", "Parfumerie de luxe", priority=2),
    _Org("Atelier Vétiver", "Parfumerie de niche", priority=3),
    _Org("Lumière Cosmétiques", "Cosmétique sélective"),
    _Org("Céladon Distribution", "Réseau de parfumeries"),
    _Org("Galeries Beaumont", "Grand magasin"),
    _Org("Verrerie du Bresle", "Flaconnage"),
    _Org("Compositions Sauvan", "Composition de parfums"),
    _Org("Agence Muscade", "Design d'emballage"),
    _Org("Alcée Conseil", "Cabinet de recrutement"),
    _Org("Hermine Recrutement", "Chasse de têtes"),
)


@dataclass(frozen=True)
class _Someone:
    key: str
    first_name: str
    last_name: str
    job_title: str
    organization: str
    city: str
    status: ContactStatus
    added: int
    background: str = ""
    how_we_met: str = ""
    email: str = ""
    phone: str = ""
    tags: tuple[str, ...] = ()
    decision_maker: bool = False
    keep_in_touch_days: int | None = None
    stranger: bool = False
    """Called without a recommendation: her calls to them are cold, not "known"."""
    linkedin: bool = False
    """A LinkedIn connection nobody introduced: a weak tie, kept apart from the tree's root."""
    lead_stage: LeadStage | None = None
    planned: bool = False
    """One of this week's planned calls."""


PEOPLE = (
    # People Claire knows herself: the roots of her referral tree.
    _Someone(
        "sophie", "Sophie", "Lambert", "Directrice régionale des ventes", "Lumière Cosmétiques",
        "Paris", ContactStatus.IN_RELATION, added=-70,
        background="Quinze ans en cosmétique sélective ; a commencé vendeuse en grand magasin.",
        how_we_met="Nous avons partagé le même plateau chez Lumière Cosmétiques pendant six ans.",
        email="sophie.lambert@example.com", phone="06 39 98 41 27", tags=("ancien collègue",),
        keep_in_touch_days=30,
    ),
    _Someone(
        "francois", "François", "Petit", "Responsable achats indirects", "Céladon Distribution",
        "Paris", ContactStatus.IN_RELATION, added=-70,
        background="Contrôle de gestion puis achats ; chez Céladon depuis cinq ans.",
        how_we_met="Même promotion d'école de commerce, nous courons ensemble le dimanche.",
        email="francois.petit@example.org", phone="06 39 98 12 50", tags=("école",),
        keep_in_touch_days=30,
    ),
    _Someone(
        "zoe", "Zoé", "Martin", "Graphiste indépendante", "", "Paris", ContactStatus.MET, added=-45,
        background="Identités visuelles pour des marques de cosmétique et de thé.",
        how_we_met="Voisine de palier, devenue une amie.", email="zoe.martin@example.net",
    ),
    _Someone(
        "marc", "Marc", "Lefèvre", "Directeur commercial France", "Lumière Cosmétiques", "Paris",
        ContactStatus.IN_RELATION, added=-70,
        background="A monté l'équipe grands comptes de Lumière Cosmétiques il y a dix ans.",
        how_we_met="Mon dernier manager ; il m'a soutenue quand mon poste a été supprimé.",
        email="marc.lefevre@example.com", phone="06 39 98 77 03", tags=("ancien collègue",),
        keep_in_touch_days=30,
    ),
    _Someone(
        "thomas", "Thomas", "Nguyen", "Chef de rayon parfumerie", "Galeries Beaumont", "Lyon",
        ContactStatus.MET, added=-45,
        background="Merchandising chez un distributeur, puis grand magasin depuis 2019.",
        how_we_met="Camarade de promotion à l'école de commerce.",
        email="thomas.nguyen@example.org", tags=("école", "parfum"),
    ),
    _Someone(
        "aurelie", "Aurélie", "Chevalier", "Pharmacienne", "", "Paris", ContactStatus.IN_RELATION,
        added=-70, how_we_met="Amie du club de course à pied.", phone="06 39 98 60 14",
        keep_in_touch_days=60,
    ),
    _Someone(
        "celine", "Céline", "Dubois", "Consultante en recrutement", "Alcée Conseil", "Paris",
        ContactStatus.MET, added=-33,
        background="Recrute des commerciaux pour la distribution sélective.",
        how_we_met="Rencontrée à la soirée des anciens de l'école.",
        email="celine.dubois@example.com", tags=("école", "recruteur"), keep_in_touch_days=45,
    ),
    _Someone(
        "emilie", "Émilie", "Fontaine", "Responsable ressources humaines", "Atelier Vétiver",
        "Grasse", ContactStatus.CONTACTED, added=-25,
        how_we_met="Trouvée sur LinkedIn, sans recommandation.",
        email="emilie.fontaine@example.net", stranger=True,
    ),
    _Someone(
        "stephane", "Stéphane", "Morel", "Directeur des ventes", "Maison Orsane", "Paris",
        ContactStatus.DECLINED, added=-55,
        how_we_met="Appelé directement via le standard, sans recommandation.", stranger=True,
    ),
    _Someone(
        "valerie", "Valérie", "Henry", "Directrice de boutique", "Parfums Délys", "Lyon",
        ContactStatus.CONTACTED, added=-48,
        how_we_met="Appel direct à la boutique du centre-ville.", tags=("parfum",),
        stranger=True,
    ),
    _Someone(
        "guillaume", "Guillaume", "Faure", "Directeur commercial", "Verrerie du Bresle",
        "Blangy-sur-Bresle", ContactStatus.MET, added=-36,
        background="Fournit les flacons de plusieurs maisons de parfum françaises.",
        how_we_met="Appel à froid après un article sur la verrerie dans la presse spécialisée.",
        email="guillaume.faure@example.com", phone="06 39 98 25 81", tags=("fournisseur",),
        keep_in_touch_days=60, stranger=True,
    ),
    _Someone(
        "jerome", "Jérôme", "Blanc", "Acheteur parfumerie", "Galeries Beaumont", "Lyon",
        ContactStatus.TO_CONTACT, added=-30,
        background="Mon interlocuteur aux Galeries Beaumont quand j'étais chez Lumière.",
        how_we_met="Ancien client.", email="jerome.blanc@example.org", tags=("parfum",),
        lead_stage=LeadStage.WORTH_A_CALL, planned=True,
    ),
    _Someone(
        "olivier", "Olivier", "Marchand", "Directeur régional Sud-Est", "Parfums Délys", "Lyon",
        ContactStatus.CONTACTED, added=-3,
        how_we_met="Appel direct, numéro trouvé dans un annuaire professionnel.", tags=("parfum",),
        stranger=True,
    ),
    # The relays toward Maison Orsane: Sophie → Hélène → Loïc → Isabelle.
    _Someone(
        "helene", "Hélène", "Dufresne", "Consultante achats indépendante", "", "Paris",
        ContactStatus.MET, added=-68,
        background="Huit ans aux achats chez Maison Orsane, partie à son compte il y a deux ans.",
        how_we_met="Recommandée par Sophie, qui a travaillé avec elle sur un lancement.",
        email="helene.dufresne@example.com", phone="06 39 98 33 46", tags=("parfum",),
        keep_in_touch_days=45,
    ),
    _Someone(
        "loic", "Loïc", "Bertrand", "Chef de groupe marketing", "Maison Orsane", "Paris",
        ContactStatus.MET, added=-58,
        background="Marketing produit chez deux grands groupes, chez Orsane depuis quatre ans.",
        how_we_met="Recommandé par Hélène.", email="loic.bertrand@example.com", tags=("parfum",),
        keep_in_touch_days=30,
    ),
    _Someone(
        "ines", "Inès", "Lemoine", "Responsable formation des conseillères", "Maison Orsane",
        "Paris", ContactStatus.CONTACTED, added=-58, how_we_met="Recommandée par Hélène.",
        email="ines.lemoine@example.com", tags=("parfum",),
    ),
    _Someone(
        "isabelle", "Isabelle", "Caron-Vasseur", "Directrice commerciale France", "Maison Orsane",
        "Paris", ContactStatus.MET, added=-45,
        background="Ancienne acheteuse en grand magasin, passée côté marque il y a dix ans.",
        how_we_met="Recommandée par Loïc ; Guillaume la connaît aussi comme cliente.",
        email="isabelle.caron-vasseur@example.com", phone="06 39 98 90 02", tags=("parfum",),
        decision_maker=True, keep_in_touch_days=21,
    ),
    _Someone(
        "mathieu", "Mathieu", "Roche", "Responsable travel retail", "Maison Orsane", "Paris",
        ContactStatus.TO_CONTACT, added=-45, how_we_met="Recommandé par Loïc.", tags=("parfum",),
        lead_stage=LeadStage.WORTH_A_CALL, planned=True,
    ),
    _Someone(
        "manon", "Manon", "Lucas", "Animatrice réseau Sud", "Maison Orsane", "Marseille",
        ContactStatus.TO_CONTACT, added=-40, how_we_met="Nom donné par Thomas, qui la connaît peu.",
        tags=("parfum",),
    ),
    # The relays toward Parfums Délys: François → Nathalie → Julien → Agnès.
    _Someone(
        "nathalie", "Nathalie", "Garnier", "Acheteuse parfums et beauté", "Céladon Distribution",
        "Paris", ContactStatus.MET, added=-66,
        background="Achète les parfums pour les quarante magasins Céladon depuis six ans.",
        how_we_met="Collègue de François.", email="nathalie.garnier@example.org",
        phone="06 39 98 52 19", tags=("parfum",), keep_in_touch_days=30,
    ),
    _Someone(
        "chloe", "Chloé", "Perret", "Chargée de recrutement", "Parfums Délys", "Lyon",
        ContactStatus.DECLINED, added=-66,
        how_we_met="Recommandée par François, qui l'a connue en stage.",
        email="chloe.perret@example.net",
    ),
    _Someone(
        "julien", "Julien", "Marchal", "Responsable grands comptes", "Parfums Délys", "Lyon",
        ContactStatus.MET, added=-52,
        background="Ancien commercial terrain, il suit les enseignes nationales depuis 2020.",
        how_we_met="Recommandé par Nathalie, son interlocutrice chez Céladon.",
        email="julien.marchal@example.net", tags=("parfum",),
    ),
    _Someone(
        "bertrand", "Bertrand", "Lefort", "Directeur export", "Parfums Délys", "Lyon",
        ContactStatus.DECLINED, added=-52,
        how_we_met="Nom donné par Nathalie, qui pensait l'avoir croisé sur un salon.",
    ),
    _Someone(
        "agnes", "Agnès", "Rousseau", "Directrice des ventes France", "Parfums Délys", "Lyon",
        ContactStatus.LEAD, added=-35, how_we_met="Citée par Julien : c'est elle qui recrute.",
        tags=("parfum",), decision_maker=True,
    ),
    _Someone(
        "maxime", "Maxime", "Dupuis", "Responsable grands comptes travel retail", "Parfums Délys",
        "Lyon", ContactStatus.LEAD, added=-2, how_we_met="Cité par Nicolas dans un message.",
        lead_stage=LeadStage.PARKED,
    ),
    # The relays toward Atelier Vétiver.
    _Someone(
        "camille", "Camille", "Besson", "Designer packaging", "Agence Muscade", "Paris",
        ContactStatus.CONTACTED, added=-42,
        background="Dessine les coffrets d'Atelier Vétiver depuis trois collections.",
        how_we_met="Amie de Zoé.", email="camille.besson@example.net",
    ),
    _Someone(
        "antoine", "Antoine", "Girard", "Fondateur et directeur général", "Atelier Vétiver",
        "Grasse", ContactStatus.LEAD, added=-20, how_we_met="Cité par Camille.", tags=("parfum",),
        decision_maker=True, lead_stage=LeadStage.TO_CHECK,
    ),
    _Someone(
        "sarah", "Sarah", "Benali", "Évaluatrice en parfumerie", "Compositions Sauvan", "Grasse",
        ContactStatus.MET, added=-60,
        background="Ancienne de Lumière Cosmétiques, travaille avec plusieurs maisons de niche.",
        how_we_met="Recommandée par Marc.", email="sarah.benali@example.com", tags=("parfum",),
    ),
    _Someone(
        "yann", "Yann", "Le Goff", "Responsable commercial France", "Atelier Vétiver", "Grasse",
        ContactStatus.CONTACTED, added=-53,
        how_we_met="Recommandé par Sarah, qui compose pour Atelier Vétiver.",
        email="yann.legoff@example.net", phone="06 39 98 08 64", tags=("parfum",),
    ),
    # Other branches.
    _Someone(
        "nicolas", "Nicolas", "Giraud", "Chasseur de têtes, luxe et beauté", "Hermine Recrutement",
        "Paris", ContactStatus.MET, added=-30,
        background="Dix ans de recrutement de cadres commerciaux dans le luxe.",
        how_we_met="Recommandé par Céline.", email="nicolas.giraud@example.com",
        tags=("recruteur",), keep_in_touch_days=30,
    ),
    _Someone(
        "laurent", "Laurent", "Perrin", "", "", "", ContactStatus.LEAD, added=-4,
        how_we_met="Cousin d'Aurélie, « dans le parfum » selon elle.",
        lead_stage=LeadStage.TO_CHECK,
    ),
    # LinkedIn connections nobody introduced: weak ties, apart from the tree's root.
    _Someone(
        "bastien", "Bastien", "Koenig", "Chef de produit", "Compositions Sauvan", "Grasse",
        ContactStatus.TO_CONTACT, added=-10, linkedin=True,
    ),
    _Someone(
        "elodie", "Élodie", "Marchetti", "Responsable e-commerce beauté", "Galeries Beaumont",
        "Paris", ContactStatus.TO_CONTACT, added=-10, linkedin=True,
    ),
)


class _Intro(NamedTuple):
    connector: str
    introduced: str
    day: int
    permission: Permission
    status: IntroductionStatus
    context: str
    forewarned: Forewarned = Forewarned.UNKNOWN


# In order: the first introduction of a person is the one they sit under in the tree.
INTRODUCTIONS = (
    _Intro(
        "sophie", "helene", -68, Permission.YES, IntroductionStatus.MET,
        "Hélène a passé huit ans chez Orsane et connaît encore tout le monde.",
    ),
    _Intro(
        "francois", "nathalie", -66, Permission.YES, IntroductionStatus.MET,
        "Sa collègue qui achète les parfums : elle voit passer toutes les marques.",
    ),
    _Intro(
        "francois", "chloe", -66, Permission.YES, IntroductionStatus.CONTACTED,
        "Recrute pour Parfums Délys ; François l'a eue en stage.",
    ),
    _Intro(
        "marc", "sarah", -60, Permission.YES, IntroductionStatus.MET,
        "Ancienne de l'équipe, travaille maintenant avec des maisons de niche.",
    ),
    _Intro(
        "helene", "loic", -58, Permission.YES, IntroductionStatus.MET,
        "Le marketing d'Orsane : au courant de tous les lancements.", Forewarned.YES,
    ),
    _Intro(
        "helene", "ines", -58, Permission.YES, IntroductionStatus.CONTACTED,
        "Forme les conseillères d'Orsane, travaille avec les grands magasins.",
    ),
    _Intro(
        "sarah", "yann", -53, Permission.YES, IntroductionStatus.CONTACTED,
        "Sarah compose pour Atelier Vétiver et travaille avec lui chaque semaine.",
    ),
    _Intro(
        "nathalie", "julien", -52, Permission.YES, IntroductionStatus.MET,
        "Son interlocuteur chez Délys, très ouvert.",
    ),
    _Intro(
        "nathalie", "bertrand", -52, Permission.YES, IntroductionStatus.CONTACTED,
        "Croisé sur un salon l'an dernier, d'après Nathalie.", Forewarned.NO,
    ),
    _Intro(
        "loic", "isabelle", -45, Permission.YES, IntroductionStatus.MET,
        "La directrice commerciale : c'est elle qui recrute l'équipe grands comptes.",
    ),
    _Intro(
        "loic", "mathieu", -45, Permission.YES, IntroductionStatus.SUGGESTED,
        "Travel retail : Loïc pense que mon expérience l'intéressera.", Forewarned.YES,
    ),
    _Intro(
        "zoe", "camille", -42, Permission.YES, IntroductionStatus.CONTACTED,
        "Camille dessine les coffrets d'Atelier Vétiver.",
    ),
    _Intro(
        "thomas", "manon", -40, Permission.NO, IntroductionStatus.SUGGESTED,
        "Thomas la connaît mal et préfère que je ne cite pas son nom.",
    ),
    _Intro(
        "julien", "agnes", -35, Permission.NOT_ASKED, IntroductionStatus.SUGGESTED,
        "Julien veut d'abord lui en parler lui-même.",
    ),
    _Intro(
        "guillaume", "isabelle", -30, Permission.YES, IntroductionStatus.MET,
        "Isabelle est sa cliente ; il m'a proposé de la citer.",
    ),
    _Intro(
        "celine", "nicolas", -30, Permission.YES, IntroductionStatus.MET,
        "Chasseur de têtes spécialisé dans le luxe, il connaît les maisons de parfum.",
    ),
    _Intro(
        "camille", "antoine", -20, Permission.NOT_ASKED, IntroductionStatus.SUGGESTED,
        "Le fondateur d'Atelier Vétiver ; Camille conseille d'attendre la fin de la collection.",
    ),
    _Intro(
        "aurelie", "laurent", -4, Permission.NOT_ASKED, IntroductionStatus.SUGGESTED,
        "Au dîner : « appelle mon cousin, il est dans le parfum ». Métier et maison à préciser.",
    ),
    _Intro(
        "nicolas", "maxime", -2, Permission.NOT_ASKED, IntroductionStatus.SUGGESTED,
        "Cité dans un message : l'équipe travel retail de Délys s'agrandirait.",
    ),
)


class _Exchange(NamedTuple):
    """One call, meeting or message; warm when the person was introduced to Claire."""

    person: str
    day: int
    time: str
    kind: InteractionKind
    outcome: Outcome | None
    summary: str
    next_step: str = ""
    minutes: int | None = None


INTERACTIONS = (
    _Exchange(
        "sophie", -68, "12:30", InteractionKind.MEETING, Outcome.HELPFUL,
        "Déjeuner pour reprendre contact. Sophie valide la cible parfumerie de luxe et me "
        "conseille de commencer par Orsane. Elle me donne le nom d'Hélène Dufresne.",
        next_step="Appeler Hélène de sa part.", minutes=75,
    ),
    _Exchange(
        "francois", -66, "19:00", InteractionKind.MEETING, Outcome.HELPFUL,
        "Un verre après son travail. Il me donne deux noms : Nathalie, sa collègue acheteuse, et "
        "Chloé, qui recrute chez Délys.",
        next_step="Appeler Nathalie cette semaine.", minutes=60,
    ),
    _Exchange(
        "helene", -63, "10:00", InteractionKind.CALL, Outcome.MEETING_OBTAINED,
        "Très bon accueil dès que j'ai cité Sophie. Café fixé la semaine prochaine.",
        next_step="Préparer des questions sur Orsane.", minutes=10,
    ),
    _Exchange(
        "marc", -60, "08:45", InteractionKind.MEETING, Outcome.HELPFUL,
        "Café près de l'ancien bureau. Marc relit mon argumentaire et me suggère d'appeler Sarah "
        "Benali, partie chez un compositeur à Grasse.",
        next_step="Appeler Sarah de sa part.", minutes=45,
    ),
    _Exchange(
        "helene", -58, "09:30", InteractionKind.MEETING, Outcome.HELPFUL,
        "Une heure sur Orsane : organisation, façon de décider, climat. Elle me donne Loïc "
        "Bertrand et Inès Lemoine, et m'autorise à les appeler de sa part.",
        next_step="Appeler Loïc.", minutes=60,
    ),
    _Exchange(
        "sarah", -57, "11:00", InteractionKind.CALL, Outcome.MEETING_OBTAINED,
        "Sarah se souvient très bien de Marc. Visio calée pour la semaine suivante.", minutes=8,
    ),
    _Exchange(
        "nathalie", -56, "14:00", InteractionKind.CALL, Outcome.MEETING_OBTAINED,
        "Appel de la part de François ; rendez-vous à son bureau jeudi.", minutes=7,
    ),
    _Exchange(
        "stephane", -55, "16:30", InteractionKind.CALL, Outcome.DECLINED,
        "Appel direct, transféré par le standard. Il m'a renvoyée vers le site carrières sans "
        "vouloir échanger.",
        minutes=4,
    ),
    _Exchange(
        "sarah", -53, "10:00", InteractionKind.VIDEO_CALL, Outcome.HELPFUL,
        "Sarah m'explique le marché de la niche et l'ambition d'Atelier Vétiver dans les grands "
        "magasins. Elle me donne le nom de Yann Le Goff.",
        next_step="Écrire à Yann.", minutes=40,
    ),
    _Exchange(
        "nathalie", -52, "15:00", InteractionKind.MEETING, Outcome.HELPFUL,
        "Tour d'horizon des marques qu'elle achète ; Délys est très réactif en promotion, moins "
        "en formation. Deux noms chez Délys : Julien Marchal et Bertrand Lefort.",
        next_step="Appeler Julien puis Bertrand.", minutes=50,
    ),
    _Exchange(
        "loic", -50, "11:30", InteractionKind.CALL, Outcome.MEETING_OBTAINED,
        "Loïc a tout de suite accepté un déjeuner, Hélène l'avait prévenu.", minutes=6,
    ),
    _Exchange(
        "valerie", -48, "10:15", InteractionKind.CALL, Outcome.NOT_NOW,
        "Appel à la boutique, sans recommandation. Aimable mais débordée ; me propose de rappeler "
        "après les fêtes.",
        minutes=5,
    ),
    _Exchange(
        "yann", -46, "09:00", InteractionKind.EMAIL, None,
        "Courriel de la part de Sarah avec une courte présentation. Pas de réponse.",
    ),
    _Exchange(
        "loic", -45, "12:30", InteractionKind.MEETING, Outcome.HELPFUL,
        "Déjeuner. Le lancement de l'automne mobilise toute la maison. Il me donne le nom de la "
        "directrice commerciale, Isabelle Caron-Vasseur, et celui de Mathieu Roche.",
        next_step="Appeler Isabelle de la part de Loïc.", minutes=80,
    ),
    _Exchange(
        "bertrand", -44, "17:00", InteractionKind.CALL, Outcome.DIFFICULT,
        "Il ne situait pas du tout Nathalie, même après que j'ai rappelé son métier et le salon "
        "où ils se seraient vus. Ton sec : il ne voyait pas l'intérêt de mon appel. J'ai abrégé, "
        "je me suis excusée et lui ai proposé de garder un contact léger.",
        next_step="Rien à relancer. Prévenir Nathalie sans en faire une affaire.", minutes=6,
    ),
    _Exchange(
        "zoe", -42, "11:00", InteractionKind.MEETING, Outcome.HELPFUL,
        "Brunch. Zoé pense à son amie Camille, qui dessine les coffrets d'Atelier Vétiver.",
        next_step="Écrire à Camille.", minutes=90,
    ),
    _Exchange(
        "thomas", -40, "13:00", InteractionKind.MEETING, Outcome.HELPFUL,
        "Déjeuner à Lyon. Le point de vue d'un grand magasin sur les marques ; il me parle de "
        "Manon Lucas chez Orsane, sans vouloir que je le cite.",
        minutes=60,
    ),
    _Exchange(
        "ines", -40, "09:30", InteractionKind.EMAIL, Outcome.NOT_NOW,
        "Réponse aimable : elle est en congé jusqu'à la fin du mois.",
        next_step="La recontacter à son retour.",
    ),
    _Exchange(
        "julien", -40, "18:00", InteractionKind.CALL, Outcome.MEETING_OBTAINED,
        "Julien accepte un café lors de son prochain passage à Paris.", minutes=9,
    ),
    _Exchange(
        "guillaume", -36, "10:30", InteractionKind.CALL, Outcome.MEETING_OBTAINED,
        "Appel à froid. Il a aimé que je connaisse ses flacons et m'a proposé de passer le voir "
        "lors de sa venue à Paris.",
        minutes=12,
    ),
    _Exchange(
        "julien", -35, "08:30", InteractionKind.MEETING, Outcome.HELPFUL,
        "Café gare de Lyon. Quatre responsables grands comptes chez Délys, un départ en retraite "
        "d'ici l'été. Agnès Rousseau dirige les ventes France.",
        next_step="Attendre que Julien parle de moi à Agnès.", minutes=45,
    ),
    _Exchange(
        "chloe", -34, "14:00", InteractionKind.EMAIL, Outcome.DECLINED,
        "Réponse de Chloé : aucun poste commercial ouvert, elle garde mon profil.",
    ),
    _Exchange(
        "celine", -33, "19:30", InteractionKind.EVENT, Outcome.HELPFUL,
        "Soirée des anciens de l'école. Céline recrute pour la distribution sélective ; elle me "
        "parle de Nicolas Giraud.",
        next_step="Écrire à Nicolas.", minutes=120,
    ),
    _Exchange(
        "guillaume", -30, "16:00", InteractionKind.MEETING, Outcome.HELPFUL,
        "Il fournit Orsane et Délys. Les commandes d'Orsane ont doublé cette année. Il connaît "
        "bien Isabelle Caron-Vasseur et me propose de la citer.",
        minutes=45,
    ),
    _Exchange(
        "isabelle", -28, "09:00", InteractionKind.CALL, Outcome.MEETING_OBTAINED,
        "De la part de Loïc. Elle a pris le temps de m'écouter et propose un rendez-vous au siège.",
        next_step="Préparer le rendez-vous.", minutes=15,
    ),
    _Exchange(
        "nicolas", -26, "12:00", InteractionKind.CALL, Outcome.MEETING_OBTAINED,
        "De la part de Céline. Rendez-vous pris à son cabinet.", minutes=8,
    ),
    _Exchange(
        "emilie", -25, "08:00", InteractionKind.EMAIL, None,
        "Courriel et message LinkedIn avec mon CV, sans recommandation. Pas de réponse.",
    ),
    _Exchange(
        "nicolas", -21, "10:00", InteractionKind.MEETING, Outcome.HELPFUL,
        "Il relit mon parcours avec un œil de recruteur : mettre en avant les chiffres et la "
        "formation des conseillères.",
        minutes=50,
    ),
    _Exchange(
        "camille", -20, "18:30", InteractionKind.VIDEO_CALL, Outcome.HELPFUL,
        "Camille m'explique comment décide Atelier Vétiver : tout passe par Antoine Girard, le "
        "fondateur. Mieux vaut attendre la fin de leur collection.",
        minutes=30,
    ),
    _Exchange(
        "isabelle", -18, "10:00", InteractionKind.MEETING, Outcome.HELPFUL,
        "Rendez-vous avec la directrice commerciale d'Orsane : deux postes grands comptes "
        "s'ouvriront au printemps. Elle attend une note sur ma façon de travailler avec les "
        "grands magasins.",
        next_step="Envoyer la note d'une page.", minutes=75,
    ),
    _Exchange(
        "loic", -16, "09:00", InteractionKind.MESSAGE, None,
        "Message de remerciement à Loïc et récit du rendez-vous avec Isabelle.",
    ),
    _Exchange(
        "yann", -12, "11:00", InteractionKind.CALL, Outcome.MEETING_OBTAINED,
        "Relance par téléphone, de la part de Sarah cette fois : il s'excuse pour le courriel "
        "resté sans réponse et propose une visio.",
        minutes=10,
    ),
    _Exchange(
        "marc", -9, "08:30", InteractionKind.MESSAGE, None,
        "Point d'étape envoyé à Marc : où en sont Orsane, Délys et Vétiver.",
    ),
    _Exchange(
        "thomas", -7, "12:45", InteractionKind.CALL, Outcome.HELPFUL,
        "Appel à Thomas pour lui dire où j'en suis. Il a entendu que Galeries Beaumont cherchait "
        "quelqu'un au e-commerce beauté ; il se renseigne.",
        minutes=15,
    ),
    _Exchange(
        "aurelie", -4, "20:00", InteractionKind.MEETING, Outcome.HELPFUL,
        "Dîner chez Aurélie. Elle me parle de son cousin Laurent, « dans le parfum ».",
        next_step="Lui redemander ce que fait Laurent.", minutes=150,
    ),
    _Exchange(
        "olivier", -3, "14:30", InteractionKind.CALL, Outcome.NOT_NOW,
        "Appel direct. Pas le temps en ce moment ; il accepte que je le rappelle le mois prochain.",
        minutes=3,
    ),
    _Exchange(
        "nicolas", -2, "17:45", InteractionKind.MESSAGE, Outcome.HELPFUL,
        "Message de Nicolas : l'équipe travel retail de Délys s'agrandirait, il me donne le nom "
        "de Maxime Dupuis.",
    ),
)


class _Entry(NamedTuple):
    day: int
    kind: NoteKind
    title: str
    body: str
    people: tuple[str, ...] = ()
    organization: str = ""


NOTES = (
    _Entry(
        -58, NoteKind.MEETING_NOTES, "Café avec Hélène Dufresne",
        "Hélène a passé huit ans aux achats chez Orsane et y garde de bons contacts.\n"
        "Pour elle, la maison est solide mais lente à décider : tout remonte à la direction "
        "commerciale.\n"
        "Deux noms : Loïc Bertrand (marketing) et Inès Lemoine (formation). Accord pour les "
        "appeler de sa part.\n"
        "Penser à lui raconter la suite, elle y tient.",
        people=("helene",), organization="Maison Orsane",
    ),
    _Entry(
        -52, NoteKind.MEETING_NOTES, "Rendez-vous avec Nathalie Garnier",
        "Nathalie achète les parfums pour les quarante magasins Céladon.\n"
        "Délys : très réactif sur les promotions, plus faible sur la formation des vendeuses. "
        "C'est exactement ce que je sais faire.\n"
        "Noms donnés : Julien Marchal et Bertrand Lefort, qu'elle pense avoir croisé sur un salon.",
        people=("nathalie",), organization="Parfums Délys",
    ),
    _Entry(
        -45, NoteKind.MEETING_NOTES, "Déjeuner avec Loïc Bertrand",
        "Le lancement de l'automne mobilise toute l'équipe. Les grands magasins font près de la "
        "moitié des ventes France, et la relation avec une enseigne est tendue.\n"
        "Celle qui recrute les commerciaux : Isabelle Caron-Vasseur. Loïc accepte que je "
        "l'appelle de sa part.\n"
        "Autre nom : Mathieu Roche, pour le travel retail.",
        people=("loic",), organization="Maison Orsane",
    ),
    _Entry(
        -44, NoteKind.JOURNAL, "Un appel raté",
        "L'appel à Bertrand Lefort s'est mal passé : il ne voyait pas qui était Nathalie et mon "
        "appel l'agaçait.\n"
        "J'ai coupé court poliment, sans poser mes autres questions.\n"
        "Je compte les appels de la semaine qui se sont bien passés : presque tous. Demain "
        "j'appelle Julien, et je n'y pense plus.",
    ),
    _Entry(
        -35, NoteKind.COMPANY_FACTS, "Parfums Délys : ce que j'ai appris",
        "- Siège à Lyon, environ deux cents salariés, forte croissance à l'export.\n"
        "- Nathalie : excellents en promotion, plus faibles en formation en magasin.\n"
        "- Julien : quatre responsables grands comptes, un départ en retraite d'ici l'été.\n"
        "- Agnès Rousseau dirige les ventes France et recrute elle-même.",
        people=("nathalie", "julien"), organization="Parfums Délys",
    ),
    _Entry(
        -20, NoteKind.COMPANY_FACTS, "Atelier Vétiver : ce que j'ai appris",
        "- Maison de niche à Grasse, une quinzaine de parfums fabriqués sur place.\n"
        "- Sarah : ils veulent entrer dans deux ou trois grands magasins parisiens d'ici deux "
        "ans.\n"
        "- Camille : Antoine Girard, le fondateur, décide de tout et préfère qu'on lui soit "
        "présenté.\n"
        "- Aucun poste commercial ouvert pour l'instant.",
        people=("sarah", "camille"), organization="Atelier Vétiver",
    ),
    _Entry(
        -20, NoteKind.CALL_PREPARATION, "Préparer le rendez-vous avec Isabelle Caron-Vasseur",
        "Objectif : comprendre ses priorités pour l'année et montrer ce que j'apporterais, sans "
        "demander de poste.\n"
        "Questions :\n"
        "1. Comment travaillez-vous aujourd'hui avec les grands magasins ?\n"
        "2. Qu'attendez-vous des personnes qui rejoindront l'équipe ?\n"
        "3. Qui d'autre devrais-je rencontrer ?\n"
        "À citer : Loïc, qui m'a donné son nom, et Guillaume, qui la connaît.",
        people=("isabelle",), organization="Maison Orsane",
    ),
    _Entry(
        -18, NoteKind.MEETING_NOTES, "Rendez-vous avec Isabelle Caron-Vasseur",
        "Une heure et quart au siège. Très directe.\n"
        "Deux postes de responsable grands comptes s'ouvriront au printemps : un pour Paris, un "
        "pour les régions.\n"
        "Ses soucis : les négociations annuelles avec les grands magasins et l'animation en "
        "magasin, trop faible.\n"
        "Elle attend de moi une note d'une page sur ma façon de m'y prendre.",
        people=("isabelle",), organization="Maison Orsane",
    ),
    _Entry(
        -18, NoteKind.COMPANY_FACTS, "Maison Orsane : ce que j'ai appris",
        "- Maison familiale, trois boutiques en propre, environ cent vingt points de vente.\n"
        "- Hélène : les achats ont été repris en main, les lancements vont plus vite.\n"
        "- Loïc : un floral boisé sort à l'automne, gros enjeu dans les grands magasins.\n"
        "- Guillaume : les commandes de flacons ont doublé cette année.\n"
        "- Isabelle : l'équipe grands comptes passe de trois à cinq personnes.",
        people=("helene", "loic", "guillaume", "isabelle"), organization="Maison Orsane",
    ),
    _Entry(
        -13, NoteKind.CALL_PREPARATION, "Préparer l'appel à Yann Le Goff",
        "Objectif : obtenir un rendez-vous.\n"
        "Ouverture : j'appelle de la part de Sarah Benali, qui compose pour Atelier Vétiver.\n"
        "Ma demande : vingt minutes pour comprendre comment ils veulent aborder les grands "
        "magasins parisiens.",
        people=("yann", "sarah"), organization="Atelier Vétiver",
    ),
    _Entry(
        -7, NoteKind.JOURNAL, "Bilan de la semaine",
        "Peu de nouveaux noms cette semaine, loin de mon objectif de cinq.\n"
        "Le rendez-vous avec Isabelle reste le grand pas du mois.\n"
        "À faire : remercier Hélène, appeler Mathieu, demander à Julien où il en est avec Agnès.",
    ),
    _Entry(
        -4, NoteKind.JOURNAL, "Dîner chez Aurélie : un nom à creuser",
        "Aurélie m'a conseillé d'appeler son cousin Laurent, « dans le parfum ». Je ne sais ni ce "
        "qu'il fait ni pour qui.\n"
        "Avant d'appeler : lui redemander son métier, sa maison, et si je peux me présenter de sa "
        "part. Puis préparer ce que j'attends de l'appel.",
        people=("aurelie", "laurent"),
    ),
    _Entry(
        -1, NoteKind.CALL_PREPARATION, "Préparer l'appel à Mathieu Roche",
        "Objectif : comprendre le travel retail chez Orsane et ses liens avec l'équipe grands "
        "comptes.\n"
        "Ouverture : de la part de Loïc Bertrand, qui pense que nous devrions échanger.\n"
        "Questions : quels aéroports comptent le plus ? Qui décide des opérations ?\n"
        "Ne pas oublier : lui demander qui d'autre rencontrer.",
        people=("mathieu",), organization="Maison Orsane",
    ),
)


class _Reminder(NamedTuple):
    person: str
    kind: FollowUpKind
    title: str
    due: int
    done: int | None = None  # the day it was done, if it was
    after_interaction_with: str = ""  # links the reminder to that person's last interaction


FOLLOW_UPS = (
    _Reminder(
        "loic", FollowUpKind.THANK_CONNECTOR, "Remercier Loïc : rendez-vous obtenu avec Isabelle",
        -17, done=-16, after_interaction_with="isabelle",
    ),
    _Reminder(
        "helene", FollowUpKind.THANK_CONNECTOR, "Raconter à Hélène où m'a menée sa recommandation",
        -15, after_interaction_with="isabelle",
    ),
    _Reminder(
        "sophie", FollowUpKind.THANK_CONNECTOR,
        "Remercier Sophie : sa recommandation a mené à Orsane", 2,
        after_interaction_with="isabelle",
    ),
    _Reminder(
        "julien", FollowUpKind.NEXT_STEP, "Demander à Julien si je peux appeler Agnès de sa part",
        -6,
    ),
    _Reminder("mathieu", FollowUpKind.NEXT_STEP, "Appeler Mathieu Roche de la part de Loïc", -2),
    _Reminder(
        "aurelie", FollowUpKind.NEXT_STEP, "Demander à Aurélie ce que fait Laurent exactement", 1,
        after_interaction_with="aurelie",
    ),
    _Reminder(
        "isabelle", FollowUpKind.NEXT_STEP, "Envoyer à Isabelle la note d'une page", 3,
        after_interaction_with="isabelle",
    ),
    _Reminder(
        "yann", FollowUpKind.NEXT_STEP, "Visio avec Yann Le Goff", 4, after_interaction_with="yann",
    ),
    _Reminder("celine", FollowUpKind.KEEP_IN_TOUCH, "Donner des nouvelles à Céline", -1),
    _Reminder("nathalie", FollowUpKind.KEEP_IN_TOUCH, "Prendre des nouvelles de Nathalie", 7),
    _Reminder("francois", FollowUpKind.KEEP_IN_TOUCH, "Proposer une course à François", 10),
    _Reminder("marc", FollowUpKind.KEEP_IN_TOUCH, "Appeler Marc sans rien lui demander", 21),
)
# fmt: on


# --- Building it ---------------------------------------------------------------------------------


def ensure_demo_data(session: Session, *, today: dt.date | None = None) -> bool:
    """Fill an empty database with the demo scenario; leave any other database alone.

    Returns True when the scenario was written. The caller owns the transaction. Dates are
    counted from ``today`` (by default, the real today).
    """
    if people.count_people(session):
        return False
    today = today or dt.date.today()

    def on(day: int) -> dt.date:
        return _working_day(today, day)

    def at(day: int, clock: str = "09:00") -> dt.datetime:
        return dt.datetime.combine(on(day), dt.time.fromisoformat(clock))

    profile.save_profile(session, PROFILE)
    organizations = {org.name: _organization(session, org) for org in ORGANIZATIONS}

    person_ids: dict[str, int] = {}
    for someone in PEOPLE:
        person_id = people.create_person(session, _draft(someone))
        person = session.get_one(Person, person_id)
        person.is_decision_maker = someone.decision_maker
        person.keep_in_touch_days = someone.keep_in_touch_days
        person.created_at = person.updated_at = at(someone.added, "08:00")
        person.tags = [_tag(session, name) for name in someone.tags]
        person.lead_stage = someone.lead_stage
        person.planned_week = week_start(today) if someone.planned else None
        if someone.linkedin:
            person.source, person.weak_tie = "linkedin", True
            person.connected_on = on(someone.added - 400)
        person_ids[someone.key] = person_id

    introduction_of: dict[str, int] = {}  # the introduction each person sits under
    for intro in INTRODUCTIONS:
        introduction_id = referrals.add_introduction(
            session,
            person_ids[intro.connector],
            person_ids[intro.introduced],
            permission=intro.permission,
            status=intro.status,
            context=intro.context,
            introduced_on=on(intro.day),
            forewarned=intro.forewarned,
        )
        introduction_of.setdefault(intro.introduced, introduction_id)

    strangers = {someone.key for someone in PEOPLE if someone.stranger or someone.linkedin}
    last_interaction: dict[str, Interaction] = {}
    for exchange in INTERACTIONS:
        under = introduction_of.get(exchange.person)
        known = Warmth.COLD if exchange.person in strangers else Warmth.KNOWN
        interaction = Interaction(
            person_id=person_ids[exchange.person],
            kind=exchange.kind,
            occurred_at=at(exchange.day, exchange.time),
            duration_minutes=exchange.minutes,
            warmth=Warmth.WARM if under else known,
            introduction_id=under,
            outcome=exchange.outcome,
            summary=exchange.summary,
            next_step=exchange.next_step,
        )
        session.add(interaction)
        last_interaction[exchange.person] = interaction
    session.flush()

    for entry in NOTES:
        organization = organizations.get(entry.organization)
        notebook.create_note(
            session,
            notebook.NoteDraft(
                written_on=on(entry.day),
                title=entry.title,
                body=entry.body,
                kind=entry.kind,
                person_ids=[person_ids[key] for key in entry.people],
                organization_id=organization.id if organization else None,
            ),
        )

    for reminder in FOLLOW_UPS:
        after = last_interaction.get(reminder.after_interaction_with)
        session.add(
            FollowUp(
                person_id=person_ids[reminder.person],
                kind=reminder.kind,
                title=reminder.title,
                due_on=on(reminder.due),
                done_at=at(reminder.done, "18:00") if reminder.done is not None else None,
                interaction_id=after.id if after else None,
            )
        )
    add_give_and_take(session, person_ids, on, at)
    session.flush()
    return True


def _working_day(today: dt.date, day: int) -> dt.date:
    """``day`` days from today, moved off the weekend: back to Friday, or on to Monday."""
    date = today + dt.timedelta(days=day)
    step = dt.timedelta(days=-1 if day < 0 else 1)
    while day and date.weekday() >= 5:
        date += step
    return date


def _draft(someone: _Someone) -> people.PersonDraft:
    return people.PersonDraft(
        first_name=someone.first_name,
        last_name=someone.last_name,
        job_title=someone.job_title,
        organization_name=someone.organization,
        email=someone.email,
        phone=someone.phone,
        city=someone.city,
        background=someone.background,
        how_we_met=someone.how_we_met,
        status=someone.status,
    )


def _organization(session: Session, org: _Org) -> Organization:
    """The organisation named ``org.name``, created if needed, with the scenario's flags."""
    found = people.find_or_create_organization(session, org.name)
    assert found is not None
    found.sector = org.sector
    found.is_target = org.priority is not None
    found.priority = org.priority
    session.flush()
    return found


def _tag(session: Session, name: str) -> Tag:
    found = session.scalars(select(Tag).where(Tag.name == name)).first()
    if found is None:
        found = Tag(name=name)
        session.add(found)
    return found
