// Generated from Catalogue/*.yaml by Scripts/generate-catalogue: edit the catalogues, not this file.
// CatalogueTests fails when this file and the catalogues differ.

extension Catalogue {
    /// The catalogues compiled into the program, English (the fallback) first, then by code.
    static let shipped: [Catalogue] = [
        Catalogue(code: "en", sortedKeys: ShippedTexts.keys, texts: ShippedTexts.en),
        Catalogue(code: "nl", sortedKeys: ShippedTexts.keys, texts: ShippedTexts.nl),
    ]
}

/// The compiled-in texts: the keys in sorted order, and per language the texts in the same order.
enum ShippedTexts {
    static let keys: [String] = [
        "check.readingStandardInput",
        "check.standardInputAlone",
        "check.summary",
        "cli.andMore",
        "cli.badID",
        "cli.cannotAddressCursor",
        "cli.cannotReplay",
        "cli.cannotStart",
        "cli.cannotWrite",
        "cli.cannotWriteFile",
        "cli.classFolder",
        "cli.classLanguage",
        "cli.className",
        "cli.classNoResults",
        "cli.classReport.liveFormat",
        "cli.dumbTerminal",
        "cli.exists",
        "cli.helperMissing",
        "cli.leftOut",
        "cli.loginName",
        "cli.lrsPassword",
        "cli.lrsURL",
        "cli.needsTerminal",
        "cli.next",
        "cli.noFullScreen",
        "cli.noFullScreenHere",
        "cli.noScenarioIn",
        "cli.noScenarioInIt",
        "cli.noSuchCourse",
        "cli.noSuchFile",
        "cli.notATerminal",
        "cli.passMark",
        "cli.port",
        "cli.progressNotSaved",
        "cli.rounds",
        "cli.seed",
        "cli.serve.failureDelay",
        "cli.serve.loginGrace",
        "cli.serve.maxConnections",
        "cli.serve.maxLoggingIn",
        "cli.serve.minutes",
        "cli.session.idle",
        "cli.session.saved",
        "cli.session.tooLong",
        "cli.sync.noLRS",
        "cli.sync.noUser",
        "cli.termUnset",
        "cli.trainee",
        "cli.unknownCommand",
        "cli.unknownTerminal",
        "cli.wrote",
        "complaintHandling.central.name",
        "complaintHandling.central.reminder",
        "complaintHandling.decentral.name",
        "complaintHandling.decentral.reminder",
        "complaintHandling.empowerment.name",
        "complaintHandling.empowerment.reminder",
        "complaintHandling.routing.name",
        "complaintHandling.routing.reminder",
        "conceptKind.basics.name",
        "conceptKind.basics.question",
        "conceptKind.dimension.name",
        "conceptKind.dimension.question",
        "conceptKind.gap.name",
        "conceptKind.gap.question",
        "conceptKind.handling.name",
        "conceptKind.handling.question",
        "conceptKind.measure.name",
        "conceptKind.measure.question",
        "conceptKind.role.name",
        "conceptKind.role.question",
        "conceptKind.segment.name",
        "conceptKind.segment.question",
        "config.emptyPath",
        "config.emptyUser",
        "config.fileAbsent",
        "config.fileRead",
        "config.itemNotAFolder",
        "config.language",
        "config.noFolder",
        "config.noStore",
        "config.noStore.2",
        "config.noValue",
        "config.notAMapping",
        "config.notIntoSystemFolder",
        "config.notSet",
        "config.oneValue",
        "config.passMark",
        "config.refusedSystemFolder",
        "config.setTwice",
        "config.unknownSetting",
        "config.unreadable",
        "config.url",
        "config.wrote",
        "content.allWeightsZero",
        "content.answersWithoutAsking",
        "content.asksWithoutAnswer",
        "content.badID",
        "content.bestReplyLongest",
        "content.bestReplyTooLong",
        "content.binaryFile",
        "content.cannotRead",
        "content.cannotReadNotRegular",
        "content.choiceCount",
        "content.clueWithoutIdentify",
        "content.complexKey",
        "content.conceptAnswerInText",
        "content.controlCharacter",
        "content.courseInTypeOrder",
        "content.courseWithoutScenarios",
        "content.didYouMean",
        "content.direction.aside",
        "content.direction.brackets",
        "content.direction.manner",
        "content.direction.quote",
        "content.duplicateEnding",
        "content.duplicateID",
        "content.duplicateIDAgain",
        "content.duplicateKey",
        "content.duplicateStep",
        "content.emptyFile",
        "content.emptyText",
        "content.ending",
        "content.endingIsStep",
        "content.endingOldForm",
        "content.endingText",
        "content.endingTextMissing",
        "content.endingTextUnreachable",
        "content.endingWithoutText",
        "content.expectedAnswers",
        "content.expectedExplain",
        "content.expectedFound",
        "content.expectedID",
        "content.expectedIDMapping",
        "content.expectedList",
        "content.expectedMapping",
        "content.expectedName",
        "content.expectedOneOf",
        "content.expectedText",
        "content.explainsWithoutAsking",
        "content.feedbackMissing",
        "content.fileTooLarge",
        "content.found.list",
        "content.found.mapping",
        "content.found.nothing",
        "content.found.quotedNumber",
        "content.found.value",
        "content.idIsBoolean",
        "content.idIsNumber",
        "content.ignoredYml",
        "content.integerAtLeast",
        "content.integerFromTo",
        "content.invalidUTF8",
        "content.listedTwice",
        "content.missingKey",
        "content.noContentFiles",
        "content.noEndings",
        "content.noFolder",
        "content.noSteps",
        "content.noWayOut",
        "content.notRegularFile",
        "content.nothing",
        "content.oneAnswerWins",
        "content.outOfMemory",
        "content.ownTranslation",
        "content.questions",
        "content.retiredKey",
        "content.retiredStrategyCredit",
        "content.scenarioTwiceInCourse",
        "content.secondDocument",
        "content.secondScoringFile",
        "content.stageDirectionInReply",
        "content.stageDirectionInSay",
        "content.step",
        "content.tagGivesTypeAway",
        "content.tooDeep",
        "content.tooManyPaths",
        "content.tooManyProblems",
        "content.tooManySteps",
        "content.translationMissing",
        "content.translationNamesOther",
        "content.translationOneWay",
        "content.translationSameLanguage",
        "content.translationUnknown",
        "content.tried.beside",
        "content.tried.here",
        "content.tried.installed",
        "content.tried.notFolder",
        "content.typeChangeUnexplained",
        "content.typeNamedInScenario",
        "content.typeWordInText",
        "content.unknownAnswer",
        "content.unknownKey",
        "content.unknownName",
        "content.unknownScenario",
        "content.unknownTarget",
        "content.unreachableEnding",
        "content.unreachableStep",
        "content.word.choice",
        "content.word.conceptQuestion",
        "content.word.course",
        "content.word.customer",
        "content.word.customerType",
        "content.word.file",
        "content.word.folder",
        "content.word.language",
        "content.word.path",
        "content.word.phase",
        "content.word.question",
        "content.word.scenario",
        "content.word.scenarioIds",
        "content.word.servqualDimension",
        "content.word.servqualDimensions",
        "content.word.texts",
        "content.word.weight",
        "content.yamlAlias",
        "content.yamlAnchor",
        "content.yamlColon",
        "content.yamlKey",
        "content.yamlSyntax",
        "content.yamlTabs",
        "content.yamlTag",
        "customerType.ally.name",
        "customerType.ally.reminder",
        "customerType.anarchist.name",
        "customerType.anarchist.reminder",
        "customerType.hostage.name",
        "customerType.hostage.reminder",
        "customerType.incompetent.name",
        "customerType.incompetent.reminder",
        "customerType.intolerant.name",
        "customerType.intolerant.reminder",
        "customerType.patient.name",
        "customerType.patient.reminder",
        "customerType.terrorist.name",
        "customerType.terrorist.reminder",
        "customerType.tolerant.name",
        "customerType.tolerant.reminder",
        "customerType.victim.name",
        "customerType.victim.reminder",
        "dashboard.average",
        "dashboard.averages",
        "dashboard.between",
        "dashboard.bigConnected",
        "dashboard.bigRight",
        "dashboard.confusion",
        "dashboard.connected",
        "dashboard.decision",
        "dashboard.fingerprint",
        "dashboard.hints",
        "dashboard.join",
        "dashboard.kind.concept",
        "dashboard.kind.identify",
        "dashboard.kind.quit",
        "dashboard.kind.reply",
        "dashboard.kind.strategy",
        "dashboard.kind.timeout",
        "dashboard.mostConfused",
        "dashboard.noAverages",
        "dashboard.noConfusion",
        "dashboard.noState",
        "dashboard.nobody",
        "dashboard.online",
        "dashboard.pair",
        "dashboard.projectorHints",
        "dashboard.right",
        "dashboard.scenario",
        "dashboard.score",
        "dashboard.serverStopped",
        "dashboard.time",
        "dashboard.title",
        "dashboard.trainee",
        "dashboard.wrong",
        "debrief.noAnswer",
        "debrief.waitedTooLong",
        "decisionRole.approver.name",
        "decisionRole.approver.reminder",
        "decisionRole.buyer.name",
        "decisionRole.buyer.reminder",
        "decisionRole.decider.name",
        "decisionRole.decider.reminder",
        "decisionRole.gatekeeper.name",
        "decisionRole.gatekeeper.reminder",
        "decisionRole.influencer.name",
        "decisionRole.influencer.reminder",
        "decisionRole.initiator.name",
        "decisionRole.initiator.reminder",
        "decisionRole.purchaser.name",
        "decisionRole.purchaser.reminder",
        "decisionRole.user.name",
        "decisionRole.user.reminder",
        "drill.endOfInput",
        "drill.intro",
        "drill.invalid",
        "drill.nothing",
        "drill.round",
        "engine.concept.right",
        "engine.concept.wrong",
        "engine.identification.partly",
        "engine.identification.right",
        "engine.identification.wrong",
        "engine.noFeedback.better",
        "engine.noFeedback.strong",
        "engine.quit",
        "engine.strategy.lastResort",
        "engine.strategy.partingWays",
        "engine.strategy.right",
        "engine.strategy.wrong",
        "engine.timedOut",
        "engine.typePhrase",
        "gradebook.attempts",
        "gradebook.best",
        "gradebook.empty",
        "gradebook.last",
        "gradebook.mean",
        "gradebook.name",
        "gradebook.scenario",
        "gradebook.trainee",
        "graph.asks",
        "graph.continuedBelow",
        "graph.missing",
        "graph.noScenario",
        "graph.seeAbove",
        "graph.timeRunsOut",
        "help.ally.abstract",
        "help.ally.discussion",
        "help.check.abstract",
        "help.check.discussion",
        "help.check.format",
        "help.check.paths",
        "help.class.abstract",
        "help.class.className",
        "help.classLive.abstract",
        "help.classLive.by",
        "help.classLive.discussion",
        "help.classLive.format",
        "help.classLive.run",
        "help.classReport.abstract",
        "help.classReport.discussion",
        "help.classReport.instructor",
        "help.classReport.live",
        "help.classReport.store",
        "help.classWatch.abstract",
        "help.classWatch.classFolder",
        "help.classWatch.classLink",
        "help.classWatch.content",
        "help.classWatch.discussion",
        "help.classWatch.projector",
        "help.commonOptions.lang",
        "help.commonOptions.store",
        "help.commonOptions.storeDefault",
        "help.commonOptions.trainee",
        "help.config.abstract",
        "help.config.discussion",
        "help.contentOptions.content",
        "help.contentOptions.contentDefault",
        "help.drill.abstract",
        "help.drill.discussion",
        "help.drill.only",
        "help.drill.rounds",
        "help.drill.seed",
        "help.graph.abstract",
        "help.graph.discussion",
        "help.graph.file",
        "help.graph.format",
        "help.new.abstract",
        "help.new.ask",
        "help.new.discussion",
        "help.new.id",
        "help.new.lang",
        "help.new.output",
        "help.new.scenario.abstract",
        "help.new.type",
        "help.play.abstract",
        "help.play.plain",
        "help.play.scenario",
        "help.playOptions.noTimers",
        "help.preview.abstract",
        "help.preview.discussion",
        "help.preview.file",
        "help.preview.monochrome",
        "help.progress.abstract",
        "help.progress.plain",
        "help.replay.abstract",
        "help.replay.attempt",
        "help.replay.discussion",
        "help.report.abstract",
        "help.report.classGroup",
        "help.report.course",
        "help.report.discussion",
        "help.report.excel",
        "help.report.format",
        "help.report.passMark",
        "help.report.roster",
        "help.report.site",
        "help.report.trainee",
        "help.screenshots.abstract",
        "help.screenshots.output",
        "help.serve.abstract",
        "help.serve.address",
        "help.serve.authorizedKeys",
        "help.serve.className",
        "help.serve.code",
        "help.serve.course",
        "help.serve.discussion",
        "help.serve.failureDelay",
        "help.serve.hostKey",
        "help.serve.idleTimeout",
        "help.serve.loginGrace",
        "help.serve.maxConnections",
        "help.serve.maxLoggingInPerAddress",
        "help.serve.maxSession",
        "help.serve.port",
        "help.serve.roster",
        "help.session.abstract",
        "help.session.discussion",
        "help.sync.abstract",
        "help.sync.discussion",
        "help.sync.lrs",
        "help.sync.password",
        "help.sync.resend",
        "help.sync.trainee",
        "help.sync.user",
        "help.train.abstract",
        "help.train.classLink",
        "help.train.course",
        "help.train.monochrome",
        "help.train.plain",
        "help.train.trainee",
        "help.train.traineeRule",
        "kaminConcern.aftercare.name",
        "kaminConcern.aftercare.reminder",
        "kaminConcern.availability.name",
        "kaminConcern.availability.reminder",
        "kaminConcern.friendliness.name",
        "kaminConcern.friendliness.reminder",
        "kaminConcern.price.name",
        "kaminConcern.price.reminder",
        "kaminConcern.reliability.name",
        "kaminConcern.reliability.reminder",
        "kaminConcern.surroundings.name",
        "kaminConcern.surroundings.reminder",
        "language.name",
        "liveDashboard.answered",
        "liveDashboard.heading",
        "liveDashboard.headingRound",
        "liveDashboard.hints",
        "liveDashboard.histogramHidden",
        "liveDashboard.histogramLive",
        "liveDashboard.list",
        "liveDashboard.needsPick",
        "liveDashboard.noLimit",
        "liveDashboard.noSplits",
        "liveDashboard.phase.closed",
        "liveDashboard.phase.ended",
        "liveDashboard.phase.lobby",
        "liveDashboard.phase.open",
        "liveDashboard.phase.revealed",
        "liveDashboard.pick",
        "liveDashboard.settings",
        "liveDashboard.waiting",
        "liveScreen.answered",
        "liveScreen.askReply",
        "liveScreen.askStrategy",
        "liveScreen.askType",
        "liveScreen.closed",
        "liveScreen.closedNone",
        "liveScreen.discuss",
        "liveScreen.helpHeading",
        "liveScreen.helpLines",
        "liveScreen.helpLines.2",
        "liveScreen.keyAnswer",
        "liveScreen.keyMenu",
        "liveScreen.lobby",
        "liveScreen.noneRight",
        "liveScreen.notSaved",
        "liveScreen.question",
        "liveScreen.removed",
        "liveScreen.rightAnswer",
        "liveScreen.summary",
        "liveScreen.title",
        "liveScreen.unknownScenario",
        "liveScreen.waitingStart",
        "liveScreen.yourAnswer",
        "measureTarget.big-customers.name",
        "measureTarget.big-customers.reminder",
        "measureTarget.loyalty.name",
        "measureTarget.loyalty.reminder",
        "measureTarget.outspoken.name",
        "measureTarget.outspoken.reminder",
        "measureTarget.overall-satisfaction.name",
        "measureTarget.overall-satisfaction.reminder",
        "measureTarget.referrals.name",
        "measureTarget.referrals.reminder",
        "outcome.delighted.name",
        "outcome.dissatisfied-complaining.name",
        "outcome.dissatisfied-silent.name",
        "outcome.satisfied.name",
        "plain.decision",
        "plain.endOfInput",
        "plain.endedBeforeSaved",
        "plain.ideal",
        "plain.idealPath",
        "plain.intro",
        "plain.invalid",
        "plain.keptUnfinished",
        "plain.left",
        "plain.leftBySignal",
        "plain.mood",
        "plain.noScenarios",
        "plain.notSaved",
        "plain.pickScenario",
        "plain.playingUnsaved",
        "plain.resume",
        "plain.resumeQuestion",
        "plain.scenarioList",
        "plain.score",
        "plain.startAgain",
        "plain.time",
        "plain.timed",
        "plain.unknownScenario",
        "plain.unsaved",
        "plain.you",
        "plain.yourPath",
        "replay.answered",
        "replay.attempt",
        "replay.chose",
        "replay.givenUp",
        "replay.leftConversation",
        "replay.misfit",
        "replay.namedType",
        "replay.played",
        "replay.unfinished",
        "report.box",
        "report.boxes",
        "report.conceptConfusion",
        "report.concepts",
        "report.confusion",
        "report.dueIn",
        "report.dueNow",
        "report.mastery",
        "report.noneYet",
        "report.title",
        "report.trend",
        "report.trendFigures",
        "report.trendNone",
        "report.unfinished",
        "reporting.at",
        "reporting.list",
        "reporting.named",
        "reporting.rosterDuplicate",
        "reporting.rosterEmpty",
        "reporting.rosterFieldCount",
        "reporting.rosterHandle",
        "reporting.rosterHeader",
        "reporting.rosterMixed",
        "reporting.rosterMoodle",
        "reporting.rosterName",
        "reporting.rosterUnreadable",
        "scorePart.concepts.name",
        "scorePart.conversation.name",
        "scorePart.identification.name",
        "scorePart.outcome.name",
        "scorePart.strategy.name",
        "segmentBenefit.approach.name",
        "segmentBenefit.approach.reminder",
        "segmentBenefit.expectations.name",
        "segmentBenefit.expectations.reminder",
        "segmentBenefit.participation.name",
        "segmentBenefit.participation.reminder",
        "segmentBenefit.process.name",
        "segmentBenefit.process.reminder",
        "segmentBenefit.reactions.name",
        "segmentBenefit.reactions.reminder",
        "segmentBenefit.who.name",
        "segmentBenefit.who.reminder",
        "serviceGap.delivery.name",
        "serviceGap.delivery.reminder",
        "serviceGap.knowledge.name",
        "serviceGap.knowledge.reminder",
        "serviceGap.positioning.name",
        "serviceGap.positioning.reminder",
        "serviceGap.standards.name",
        "serviceGap.standards.reminder",
        "servicePhase.check.name",
        "servicePhase.door.name",
        "servicePhase.greet.name",
        "servicePhase.meet.name",
        "servicePhase.needs.name",
        "servqualDimension.assurance.name",
        "servqualDimension.assurance.reminder",
        "servqualDimension.empathy.name",
        "servqualDimension.empathy.reminder",
        "servqualDimension.reliability.name",
        "servqualDimension.reliability.reminder",
        "servqualDimension.responsiveness.name",
        "servqualDimension.responsiveness.reminder",
        "servqualDimension.tangibles.name",
        "servqualDimension.tangibles.reminder",
        "store.attemptFinished",
        "store.cannotCreateFolder",
        "store.conflict",
        "store.corrupt",
        "store.diskFull",
        "store.isFolder",
        "store.locked",
        "store.newerVersion",
        "store.noSuchAttempt",
        "store.none",
        "store.other",
        "store.readOnly",
        "store.unreadable",
        "strategyFamily.guide-and-support.name",
        "strategyFamily.guide-and-support.summary",
        "strategyFamily.harness-negative-energy.name",
        "strategyFamily.harness-negative-energy.summary",
        "strategyFamily.inform-and-involve.name",
        "strategyFamily.inform-and-involve.summary",
        "strategyFamily.keep-and-leverage.name",
        "strategyFamily.keep-and-leverage.summary",
        "strategyFamily.part-ways.name",
        "strategyFamily.part-ways.summary",
        "strings.afterReply",
        "strings.all",
        "strings.allRight",
        "strings.appName",
        "strings.askIdentify",
        "strings.askReply",
        "strings.askStrategy",
        "strings.attemptLeft",
        "strings.cannotReplay",
        "strings.chooseCourse",
        "strings.chooseScenario",
        "strings.confirmLeave",
        "strings.confusionLegend",
        "strings.confusionMatrix",
        "strings.conversationEnds",
        "strings.courseDone",
        "strings.courseGoesOn",
        "strings.courseStep",
        "strings.cues",
        "strings.customer",
        "strings.customerLost",
        "strings.debrief",
        "strings.decision",
        "strings.difficulty",
        "strings.difficulty.easy",
        "strings.difficulty.hard",
        "strings.difficulty.medium",
        "strings.drill",
        "strings.drillDone",
        "strings.drillNote",
        "strings.emptyLibrary",
        "strings.enlarge",
        "strings.feedbackLabel",
        "strings.finalScore",
        "strings.givenUp",
        "strings.hello",
        "strings.help",
        "strings.helpBackLine",
        "strings.helpBrowser",
        "strings.helpBrowserKeys.1",
        "strings.helpBrowserKeys.2",
        "strings.helpBrowserKeys.3",
        "strings.helpCourses",
        "strings.helpCoursesKeys.1",
        "strings.helpCoursesKeys.2",
        "strings.helpDrill",
        "strings.helpDrillKeys.1",
        "strings.helpDrillKeys.2",
        "strings.helpDrillKeys.3",
        "strings.helpFamilies",
        "strings.helpKeyLines.1",
        "strings.helpKeyLines.2",
        "strings.helpKeyLines.3",
        "strings.helpKeyLines.4",
        "strings.helpKeyLines.5",
        "strings.helpKeyLines.6",
        "strings.helpKeys",
        "strings.helpKeysPerScreen",
        "strings.helpMenu",
        "strings.helpMenuKeys.1",
        "strings.helpNote",
        "strings.helpPages",
        "strings.helpPagesKeys.1",
        "strings.helpPagesKeys.2",
        "strings.helpPagesKeys.3",
        "strings.helpPagesKeys.4",
        "strings.helpPlay",
        "strings.helpPlayLines.1",
        "strings.helpPlayLines.2",
        "strings.helpPlayLines.3",
        "strings.helpPlaying",
        "strings.helpPlayingKeys.1",
        "strings.helpPlayingKeys.2",
        "strings.helpPlayingKeys.3",
        "strings.helpPlayingKeys.4",
        "strings.helpPlayingKeys.5",
        "strings.helpPreview",
        "strings.helpPreviewKeys.1",
        "strings.helpPreviewKeys.2",
        "strings.helpProgress",
        "strings.helpProgressKeys.1",
        "strings.helpProgressKeys.2",
        "strings.helpProgressKeys.3",
        "strings.helpProgressKeys.4",
        "strings.helpReplay",
        "strings.helpReplayKeys.1",
        "strings.helpReplayKeys.2",
        "strings.helpReplayKeys.3",
        "strings.helpReplayKeys.4",
        "strings.helpTitle",
        "strings.helpTrainerPlayingKeys.1",
        "strings.helpTrainerPlayingKeys.2",
        "strings.helpTypes",
        "strings.helpWelcome",
        "strings.helpWelcomeKeys.1",
        "strings.helpWelcomeKeys.2",
        "strings.helpWelcomeKeys.3",
        "strings.helpWordLines.1",
        "strings.helpWordLines.2",
        "strings.helpWordLines.3",
        "strings.helpWords",
        "strings.ideal",
        "strings.idealPath",
        "strings.idealRoute",
        "strings.improved",
        "strings.interfaceLanguage",
        "strings.keyBack",
        "strings.keyCancel",
        "strings.keyChoose",
        "strings.keyClose",
        "strings.keyContinue",
        "strings.keyField",
        "strings.keyFilters",
        "strings.keyHelp",
        "strings.keyLanguage",
        "strings.keyLeave",
        "strings.keyMove",
        "strings.keyPick",
        "strings.keyQuit",
        "strings.keyReload",
        "strings.keyReminders",
        "strings.keyReplay",
        "strings.keyScroll",
        "strings.keyStep",
        "strings.keyStop",
        "strings.keyStopForNow",
        "strings.language",
        "strings.lastScore",
        "strings.leaveCancel",
        "strings.leaveGiveUp",
        "strings.leaveKeys",
        "strings.leaveLater",
        "strings.menuTitle",
        "strings.misfit",
        "strings.mistakenFor",
        "strings.mood",
        "strings.nameNeeded",
        "strings.new",
        "strings.next",
        "strings.nextScenario",
        "strings.noAttempts",
        "strings.noCourses",
        "strings.noDecisions",
        "strings.noOpenings",
        "strings.noScenarios",
        "strings.none",
        "strings.notMet",
        "strings.notPlayed",
        "strings.notTested",
        "strings.noted",
        "strings.nothingImproved",
        "strings.outcome",
        "strings.partlyRight",
        "strings.playAgain",
        "strings.playCourse",
        "strings.playCourseNote",
        "strings.playScenario",
        "strings.playScenarioNote",
        "strings.playedUntimed",
        "strings.practiseNext",
        "strings.previewBroken.one",
        "strings.previewBroken.other",
        "strings.previewNotSaved",
        "strings.previewReading",
        "strings.previewReloaded",
        "strings.previewRestarted",
        "strings.previous",
        "strings.progress",
        "strings.progressNeedsStore",
        "strings.progressNotSaved",
        "strings.progressNote",
        "strings.quit",
        "strings.quitNote",
        "strings.recentAttempts",
        "strings.remindersOff",
        "strings.replay",
        "strings.replayStep",
        "strings.replayYou",
        "strings.resume",
        "strings.resumeNote",
        "strings.right",
        "strings.round",
        "strings.saveDelayed.busy",
        "strings.saveDelayed.diskFull",
        "strings.saveDelayedHelp.busy",
        "strings.saveDelayedHelp.diskFull",
        "strings.scenarioCount.one",
        "strings.scenarioCount.other",
        "strings.scoreSection",
        "strings.scoreSparkline",
        "strings.seconds",
        "strings.servqualServed",
        "strings.setting",
        "strings.slipped",
        "strings.tagline",
        "strings.time",
        "strings.timeLeft",
        "strings.timeLimit",
        "strings.timeLimitsNote",
        "strings.timeLimitsOff",
        "strings.timeLimitsOn",
        "strings.timePerDecision",
        "strings.timeSparkline",
        "strings.timeUp",
        "strings.timed",
        "strings.timedButOff",
        "strings.toMenu",
        "strings.tooSmall",
        "strings.total",
        "strings.totalTime",
        "strings.typeChange",
        "strings.typeYourName",
        "strings.typesNamed",
        "strings.unsavedChanges",
        "strings.untimed",
        "strings.welcomeStart",
        "strings.welcomeTitle",
        "strings.whatWentWrong",
        "strings.wrong",
        "strings.youChose",
        "strings.yourBest",
        "strings.yourName",
        "strings.yourPath",
        "sync.failed",
        "sync.helper.cannotStart",
        "sync.helper.killed",
        "sync.helper.libraryMissing",
        "sync.helper.missing",
        "sync.helper.noAnswer",
        "sync.helper.notExecutable",
        "sync.localFault",
        "sync.notFound",
        "sync.refused",
        "sync.rejected",
        "sync.rejectedLive",
        "sync.stopped",
        "sync.summary",
        "sync.unreachable",
        "template.aCustomerAtThe",
        "template.aPlausibleReplyThat",
        "template.aVisibleCue",
        "template.assumeYouKnowAlready",
        "template.checkAndReCheck",
        "template.correctButNothingMore",
        "template.findOutTheSpecific",
        "template.hearFromMe",
        "template.isThatEverythingThen",
        "template.leavesSilently",
        "template.msJansen",
        "template.neverMind",
        "template.oneLineThatSets",
        "template.serviceDesk",
        "template.thankYouThisWas",
        "template.theBestReplyIn",
        "template.theCustomerExplainsWhat",
        "template.turnsBack",
        "template.whatTheCustomerSays",
        "template.whyRight",
        "template.whyThisDelights",
        "template.whyThisFallsShort",
        "template.whyThisLosesThe",
        "template.whyThisWorks",
        "template.whyThisWorksFor",
        "template.yesThatSEverything",
        "xapi.source",
    ]
    static let en: [String] = [
        "ally check - reads a scenario or course from standard input; paste it and end with Ctrl-D (or name a file: ally check file.yaml).", // check.readingStandardInput
        "'-' (standard input) can only be checked on its own, without other files or folders.", // check.standardInputAlone
        "checked {scenarios} scenario(s): {errors} error(s), {warnings} warning(s)", // check.summary
        " and {count} more", // cli.andMore
        "an id is made of a-z, 0-9 and '-' and is no number, like 'garage-keys-en'; '{id}' is not", // cli.badID
        "the terminal type '{name}' cannot move the cursor", // cli.cannotAddressCursor
        "The scenario text stored with attempt {attempt} no longer reads ({reason}); it cannot be replayed.", // cli.cannotReplay
        "cannot start {helper}: {reason}", // cli.cannotStart
        "cannot write {path}: {reason}", // cli.cannotWrite
        "cannot write {path}", // cli.cannotWriteFile
        "cannot create the class folder {folder}: {reason}", // cli.classFolder
        "a class runs in a language built into Ally ({shipped}); '{lang}' comes from ALLY_CATALOGUES, which the sessions do not see", // cli.classLanguage
        "--class takes letters, digits, - and _ only, at most 32 (it names the class folder).", // cli.className
        "class {className} has no results yet (no {path})", // cli.classNoResults
        "--live takes --format table or csv (xapi always includes the live answers).", // cli.classReport.liveFormat
        "TERM=dumb cannot show a full-screen interface", // cli.dumbTerminal
        "{path} exists already; choose another --id or --output.", // cli.exists
        "{helper} is missing: the classroom server is built by 'swift build' and installed beside ally", // cli.helperMissing
        "{errors} error(s) in the content; left out: {files}. Run 'ally check' for the details.", // cli.leftOut
        "this login's name cannot be a trainee's name (letters, digits, - and _, at most 32)", // cli.loginName
        "Give the LRS password with --password or $ALLY_LRS_PASSWORD.", // cli.lrsPassword
        "--lrs needs an http:// or https:// URL, such as http://127.0.0.1:8100.", // cli.lrsURL
        "Ally is a full-screen trainer and needs a terminal: use ssh -t (or leave out -T).", // cli.needsTerminal
        "next: ally check {path}   ally graph {path}", // cli.next
        "the full-screen trainer is not available in this build; use 'ally play --plain'.", // cli.noFullScreen
        "cannot start the full-screen interface: {reason}. Use --plain for line-by-line mode.", // cli.noFullScreenHere
        "{file}: holds no scenario", // cli.noScenarioIn
        "no scenario in it", // cli.noScenarioInIt
        "there is no course '{course}' in {content}; there are: {courses}", // cli.noSuchCourse
        "{file}: no such file", // cli.noSuchFile
        "standard input and output must be a terminal", // cli.notATerminal
        "--pass-mark takes a number from 0 to 100, or 'none'.", // cli.passMark
        "--port must be 0 to 65535.", // cli.port
        "progress was not saved: {problem}", // cli.progressNotSaved
        "--rounds takes a number from 1 to 50.", // cli.rounds
        "--seed takes a number from 1 up.", // cli.seed
        "--failure-delay takes 0 to 60000 milliseconds.", // cli.serve.failureDelay
        "--login-grace takes 1 to 3600 seconds.", // cli.serve.loginGrace
        "--max-connections takes 1 to 100000.", // cli.serve.maxConnections
        "--max-logging-in-per-address takes 1 to 100000.", // cli.serve.maxLoggingIn
        "{name} takes minutes from 0 (no limit) to 10080 (a week).", // cli.serve.minutes
        "The session was closed after a long time without a key.", // cli.session.idle
        "Your answers are saved; log in again to go on.", // cli.session.saved
        "The session reached its maximum length.", // cli.session.tooLong
        "Give the LRS with --lrs URL, or as 'lrs: URL' in the config file ('ally config' shows where).", // cli.sync.noLRS
        "Give the LRS user with --user, or as 'lrs-user: NAME' in the config file.", // cli.sync.noUser
        "TERM is not set", // cli.termUnset
        "--trainee takes letters, digits, - and _ only, at most 32.", // cli.trainee
        "unknown command '{command}'{hint}; 'ally --help' lists them", // cli.unknownCommand
        "the terminal type '{name}' is unknown to terminfo", // cli.unknownTerminal
        "wrote {path}", // cli.wrote
        "central handling", // complaintHandling.central.name
        "head office handles it by the standard procedure", // complaintHandling.central.reminder
        "decentral handling", // complaintHandling.decentral.name
        "the branch handles it itself, without a standard procedure", // complaintHandling.decentral.reminder
        "empowerment", // complaintHandling.empowerment.name
        "the employee who hears it may settle it on the spot", // complaintHandling.empowerment.reminder
        "routing and priority", // complaintHandling.routing.name
        "send it straight to whoever is responsible, with priority", // complaintHandling.routing.reminder
        "basics first", // conceptKind.basics.name
        "What has to be put right first here?", // conceptKind.basics.question
        "service characteristic", // conceptKind.dimension.name
        "Which characteristic of service does the best reply here serve?", // conceptKind.dimension.question
        "service gap", // conceptKind.gap.name
        "Which service gap caused what you see here?", // conceptKind.gap.question
        "complaint handling", // conceptKind.handling.name
        "How should the organisation handle this complaint?", // conceptKind.handling.question
        "what to measure", // conceptKind.measure.name
        "What should be measured here, or whose satisfaction?", // conceptKind.measure.question
        "role in the decision-making unit", // conceptKind.role.name
        "Which role does this person play in the decision to buy?", // conceptKind.role.question
        "benefit of segmenting", // conceptKind.segment.name
        "What does dividing its customers into groups tell the organisation here?", // conceptKind.segment.question
        "{key} is an empty path", // config.emptyPath
        "lrs-user is empty", // config.emptyUser
        "not there", // config.fileAbsent
        "read", // config.fileRead
        "each item of '{key}' is a folder", // config.itemNotAFolder
        "language is 'nl' or 'en'; found '{value}'", // config.language
        "'{key}' names no folder", // config.noFolder
        "there is no progress store at {path}; check the path (nothing was created)", // config.noStore
        "no progress yet: nothing has been played here ({path} does not exist)", // config.noStore.2
        "'{key}' has no value; give one or leave the line out", // config.noValue
        "a config file is a mapping of settings, like 'language: nl'", // config.notAMapping
        "{folder} is installed with the system, so the new file goes into the current folder instead (choose a place with --output, or set a folder of your own as 'content' in the config file)", // config.notIntoSystemFolder
        "(not set)", // config.notSet
        "'{key}' takes one value, found {found}", // config.oneValue
        "pass-mark takes a number from 0 to 100, or 'none'; found '{value}'", // config.passMark
        "will not write into {folder}, which is installed with the system; choose a place of your own with --output", // config.refusedSystemFolder
        "'{key}' is set twice", // config.setTwice
        "unknown setting '{name}'{hint}; the settings are {settings}", // config.unknownSetting
        "cannot read the config file (not a readable regular file)", // config.unreadable
        "{key} needs an http:// or https:// URL; found '{value}'", // config.url
        "wrote {path}", // config.wrote
        "at least one weight must be above 0", // content.allWeightsZero
        "{what} gives an answer for '{kind}' but does not ask it (ask: [{kind}])", // content.answersWithoutAsking
        "{what} asks '{kind}' but gives no answer: add 'answers: {{kind}: …}' (one of {choices})", // content.asksWithoutAnswer
        "expected an id (a-z, 0-9 and '-'), found '{clippedForMessage}'", // content.badID
        "in '{rawValue}', the best reply is the longest in {value1}% of steps (keep it at most {value2}%): length answers for the trainee", // content.bestReplyLongest
        "the best reply of step '{id}' is {value1}× as long as the others: its length gives it away (keep it under {value2}×)", // content.bestReplyTooLong
        "binary file (contains a NUL byte); a content file must be UTF-8 text", // content.binaryFile
        "cannot read {what}: {reason}", // content.cannotRead
        "cannot read file: not a regular file", // content.cannotReadNotRegular
        "a step offers 1 to {maximumChoices} choices, found {count}", // content.choiceCount
        "a clue is shown after the type is named, but {what} does not ask to name it (ask: [identify])", // content.clueWithoutIdentify
        "a mapping key must be a simple name, found {kindDescription}", // content.complexKey
        "the {field} of step '{id}' says '{name}', the answer to its {rawValue} question", // content.conceptAnswerInText
        "terminal control character {code} is not allowed in content", // content.controlCharacter
        "course '{id}' plays its customers in the order of the type list ({value1}% of pairs): a trainee can answer by position; order it to teach", // content.courseInTypeOrder
        "a course needs at least one scenario", // content.courseWithoutScenarios
        " (did you mean '{name}'?)", // content.didYouMean
        "an aside in {mark}…", // content.direction.aside
        "an aside in brackets", // content.direction.brackets
        "'{word}…:'", // content.direction.manner
        "an opening quote {mark}", // content.direction.quote
        "duplicate ending id '{value}' (first at {text})", // content.duplicateEnding
        "duplicate {what} id '{key}': already used in {value1}:{text}", // content.duplicateID
        "duplicate {what} id '{key}': used again in {value1}:{text}", // content.duplicateIDAgain
        "duplicate key '{value}' (first at {text})", // content.duplicateKey
        "duplicate step id '{value}' (first at {text})", // content.duplicateStep
        "file is empty; expected a YAML mapping", // content.emptyFile
        "expected text, found an empty string", // content.emptyText
        "ending '{id}'", // content.ending
        "ending id '{value}' is already the id of a step (at {text}); steps and endings share one set of ids", // content.endingIsStep
        "{what} has one text per outcome it can end in, and the outcome is computed from the path: write e.g. 'satisfied: {say: \"…\"}' (outcomes: {value1})", // content.endingOldForm
        "the {outcome} text of {ending}", // content.endingText
        "ending '{id}' can end {rawValue}, e.g. on the path {value1}, but has no text for it", // content.endingTextMissing
        "ending '{id}' has a {rawValue} text, but no path earns that outcome here (the paths into it end {can})", // content.endingTextUnreachable
        "{what} needs a text for at least one outcome ({value1})", // content.endingWithoutText
        "expected answers as a mapping from questions to answers (role: decider), found {kindDescription}", // content.expectedAnswers
        "expected explain as a mapping from questions to text, found {kindDescription}", // content.expectedExplain
        "expected {expected}, found {found}", // content.expectedFound
        "expected an id (a-z, 0-9 and '-'), found {kindDescription}", // content.expectedID
        "expected {what} as a mapping from ids to entries, found {kindDescription}", // content.expectedIDMapping
        "expected a list of {expected}, found {kindDescription}", // content.expectedList
        "expected {what} as a mapping of keys, found {kindDescription}", // content.expectedMapping
        "expected a {kind} ({names}), found {found}", // content.expectedName
        "; expected one of: {names}", // content.expectedOneOf
        "expected text, found {kindDescription}", // content.expectedText
        "{what} explains '{kind}' but does not ask it", // content.explainsWithoutAsking
        "a choice of quality {quality} (not the best) should have feedback explaining why", // content.feedbackMissing
        "file is {value1}; a content file must be under 1 MiB", // content.fileTooLarge
        "a list", // content.found.list
        "a mapping", // content.found.mapping
        "nothing", // content.found.nothing
        "'{value}' in quotes (write numbers without quotes)", // content.found.quotedNumber
        "'{value}'", // content.found.value
        "YAML reads {value} as a yes/no value, and an id is text: quote it (\"{value}\") or choose another id", // content.idIsBoolean
        "YAML reads {value} as a number, and an id is text: quote it (\"{value}\") or start it with a letter", // content.idIsNumber
        "ignored: content files must end in '.yaml', not '.yml'", // content.ignoredYml
        "an integer of at least {low}", // content.integerAtLeast
        "an integer from {low} to {high}", // content.integerFromTo
        "invalid UTF-8; a content file must be UTF-8 text", // content.invalidUTF8
        "'{rawValue}' is listed twice", // content.listedTwice
        "missing required key '{name}' in {what}", // content.missingKey
        "no content files (*.yaml) found", // content.noContentFiles
        "a scenario needs at least one ending", // content.noEndings
        "no content folder found; tried:\n{tried}", // content.noFolder
        "a scenario needs at least one step", // content.noSteps
        "no ending can be reached from step '{id}': every path from it loops among steps", // content.noWayOut
        "not a regular file", // content.notRegularFile
        "", // content.nothing
        "in '{language}', {answer} is the right answer to {count} of the {total} {kind} questions: answering it every time wins (keep any one answer at most half)", // content.oneAnswerWins
        "out of memory while reading YAML", // content.outOfMemory
        "a {what} cannot be its own translation", // content.ownTranslation
        "questions ({names})", // content.questions
        "'{retired}' is no longer part of the format: {instead}", // content.retiredKey
        "partial credit across strategy families now follows the notes (the terrorist: harnessing the energy; the hostage, intolerant and anarchist: parting ways as a last resort); remove it", // content.retiredStrategyCredit
        "scenario '{scenario}' is already in this course (at {value1})", // content.scenarioTwiceInCourse
        "a second YAML document starts here; a content file holds exactly one", // content.secondDocument
        "a second scoring file; {first} already sets the weights", // content.secondScoringFile
        "reply {value1} of step '{id}' has a stage direction ({direction}): a reply holds only the words said, or a direction gives its quality away", // content.stageDirectionInReply
        "step '{id}' has a stage direction in 'say' ({direction}): 'say' holds only the customer's words; put what happens in 'narration'", // content.stageDirectionInSay
        "step '{id}'", // content.step
        "tag '{tag}' is used with {rawValue} customers only: it gives the type away in the browser", // content.tagGivesTypeAway
        "nesting is deeper than {maximumDepth} levels", // content.tooDeep
        "the scenario has too many paths (over {limit} states) to check which outcome each ending can have", // content.tooManyPaths
        "too many problems; stopping after {maximumDiagnostics}", // content.tooManyProblems
        "a scenario may have at most {maximumSteps} steps; this one has {count}", // content.tooManySteps
        "'{target}' has no translation", // content.translationMissing
        "'{target}' names '{other}' as its translation, not '{id}'", // content.translationNamesOther
        "translation '{target}' does not link back: {back}", // content.translationOneWay
        "translation '{target}' is also in '{rawValue}'; a translation must be in the other language", // content.translationSameLanguage
        "translation '{target}' names no {what}{hint}", // content.translationUnknown
        "{path} (next to the executable)", // content.tried.beside
        "{path} (the current folder)", // content.tried.here
        "{path} (installed beside the executable)", // content.tried.installed
        "{path} ({via}): not a folder", // content.tried.notFolder
        "reply {value1} of step '{id}' turns the customer into the {rawValue} type, a change the customer types do not describe; explain it in the feedback by naming the type", // content.typeChangeUnexplained
        "the scenario's {field} says '{word}': it names the customer's type before the trainee does", // content.typeNamedInScenario
        "the {field} of step '{id}' says '{value1}', a word of the {rawValue} type's own description: describe behaviour the trainee must interpret", // content.typeWordInText
        "unknown {rawValue} '{answer}'{hint} (one of {value2})", // content.unknownAnswer
        "unknown key '{value}' in {what}{hint}", // content.unknownKey
        "unknown {kind} '{value}'{hint}", // content.unknownName
        "unknown scenario '{id}'{hint}", // content.unknownScenario
        "unknown step or ending '{target}'{hint}", // content.unknownTarget
        "ending '{id}' is unreachable: no path from start '{start}' leads to it", // content.unreachableEnding
        "step '{id}' is unreachable: no path from start '{start}' leads to it", // content.unreachableStep
        "choice", // content.word.choice
        "concept question", // content.word.conceptQuestion
        "course", // content.word.course
        "customer", // content.word.customer
        "customer type", // content.word.customerType
        "file", // content.word.file
        "folder", // content.word.folder
        "language", // content.word.language
        "path", // content.word.path
        "phase", // content.word.phase
        "question", // content.word.question
        "scenario", // content.word.scenario
        "scenario ids", // content.word.scenarioIds
        "SERVQUAL dimension", // content.word.servqualDimension
        "SERVQUAL dimensions", // content.word.servqualDimensions
        "texts", // content.word.texts
        "a weight from 0 to 1000", // content.word.weight
        "YAML aliases ('*{value1}') are not allowed in content files", // content.yamlAlias
        "YAML anchors ('&{value1}') are not allowed in content files", // content.yamlAnchor
        "{error}; text that contains ': ' must be quoted, as in say: \"Kijk: zo zit het.\"", // content.yamlColon
        "{key}", // content.yamlKey
        "YAML syntax error: {problem}", // content.yamlSyntax
        "tabs are not allowed for indentation in YAML; use spaces ({error})", // content.yamlTabs
        "YAML tags ('{name}') are not allowed in content files", // content.yamlTag
        "ally", // customerType.ally.name
        "arrives positive, helps, gives feedback others respect", // customerType.ally.reminder
        "anarchist", // customerType.anarchist.name
        "dislikes rules and systems; wants an exception", // customerType.anarchist.reminder
        "hostage", // customerType.hostage.name
        "needs you but is bound by contract; not positive", // customerType.hostage.reminder
        "incompetent", // customerType.incompetent.name
        "lost in the procedures; feels threatened, may not return", // customerType.incompetent.reminder
        "intolerant", // customerType.intolerant.name
        "seldom patient; causes stress for staff and others", // customerType.intolerant.reminder
        "patient", // customerType.patient.name
        "locked into the service; accepts the rules, for now", // customerType.patient.reminder
        "terrorist", // customerType.terrorist.name
        "attacks when you least expect it, in public", // customerType.terrorist.reminder
        "tolerant", // customerType.tolerant.name
        "waits quietly to be noticed; easily overlooked", // customerType.tolerant.reminder
        "victim", // customerType.victim.name
        "things always go wrong for them; dramatises or resigns", // customerType.victim.reminder
        "{average} ({count}×)", // dashboard.average
        "Average per scenario", // dashboard.averages
        "(between scenarios)", // dashboard.between
        "connected", // dashboard.bigConnected
        "% right", // dashboard.bigRight
        "Type named (across) for the real type (down)", // dashboard.confusion
        "{count} of {total} connected", // dashboard.connected
        "Decision", // dashboard.decision
        "Host key:", // dashboard.fingerprint
        "p projector   ↑↓ scroll   q quit", // dashboard.hints
        "Join:", // dashboard.join
        "concept", // dashboard.kind.concept
        "type", // dashboard.kind.identify
        "gave up", // dashboard.kind.quit
        "reply", // dashboard.kind.reply
        "strategy", // dashboard.kind.strategy
        "time up", // dashboard.kind.timeout
        "Most confused (real → named)", // dashboard.mostConfused
        "No scenario finished yet.", // dashboard.noAverages
        "No type named wrong yet.", // dashboard.noConfusion
        "No class state yet: start the class with 'ally serve --class NAME'.", // dashboard.noState
        "Nobody has joined yet.", // dashboard.nobody
        "On", // dashboard.online
        "{truth} → {guess}  {count}×", // dashboard.pair
        "p names   q quit", // dashboard.projectorHints
        "right", // dashboard.right
        "Scenario", // dashboard.scenario
        "Score", // dashboard.score
        "The server is not running: this is the class as it was last seen.", // dashboard.serverStopped
        "Time", // dashboard.time
        "Ally · class {name} · live", // dashboard.title
        "Trainee", // dashboard.trainee
        "wrong", // dashboard.wrong
        "(no answer)", // debrief.noAnswer
        "(waited too long)", // debrief.waitedTooLong
        "approver", // decisionRole.approver.name
        "signs off on what others propose", // decisionRole.approver.reminder
        "buyer", // decisionRole.buyer.name
        "selects the supplier and negotiates the terms", // decisionRole.buyer.reminder
        "decider", // decisionRole.decider.name
        "makes the final choice", // decisionRole.decider.reminder
        "gatekeeper", // decisionRole.gatekeeper.name
        "controls who and what gets through to the others", // decisionRole.gatekeeper.reminder
        "influencer", // decisionRole.influencer.name
        "advises; their opinion weighs with the others", // decisionRole.influencer.reminder
        "initiator", // decisionRole.initiator.name
        "sees the need first and sets things going", // decisionRole.initiator.reminder
        "purchaser", // decisionRole.purchaser.name
        "places the order and handles the payment", // decisionRole.purchaser.reminder
        "user", // decisionRole.user.name
        "will use the service day to day", // decisionRole.user.reminder
        "End of input: the drill stops here; your answers so far are saved.", // drill.endOfInput
        "Drill for {trainee}: {count} rounds. Answer with a number and Enter; q stops.", // drill.intro
        "Please answer with a number from 1 to {count}, or q to stop.", // drill.invalid
        "Nothing to drill: no scenario in this language asks that question.", // drill.nothing
        "Round {k} of {n}", // drill.round
        "{Right}: {why}.", // engine.concept.right
        "Not {chosen} but {right}: {why}.", // engine.concept.wrong
        "This is {type}, not {named}: {reminder}. Both call for {family}.", // engine.identification.partly
        "{Type}: {reminder}.", // engine.identification.right
        "This is {type}, not {named}: {reminder}.", // engine.identification.wrong
        "There was a better reply.", // engine.noFeedback.better
        "A strong reply.", // engine.noFeedback.strong
        "You left the conversation.", // engine.quit
        "With {type}, {best} is the answer: {why}.", // engine.strategy.lastResort
        "Parting ways gives up a customer who could still become an ally: the worst choice. Use {best}: {why}.", // engine.strategy.partingWays
        "{Best}: {why}.", // engine.strategy.right
        "{Type} becomes an ally through {best}: {why}.", // engine.strategy.wrong
        "You waited too long: a slow answer is bad service.", // engine.timedOut
        "the {type} type", // engine.typePhrase
        "attempts", // gradebook.attempts
        "best", // gradebook.best
        "No scored attempts yet.", // gradebook.empty
        "last", // gradebook.last
        "mean", // gradebook.mean
        "name", // gradebook.name
        "scenario", // gradebook.scenario
        "trainee", // gradebook.trainee
        "asks:", // graph.asks
        "(continued below)", // graph.continuedBelow
        "(missing)", // graph.missing
        "{file} holds no scenario that could be read; fix the errors above first.", // graph.noScenario
        "(see above)", // graph.seeAbove
        "time runs out", // graph.timeRunsOut
        "A terminal trainer for customer-service role play.", // help.ally.abstract
        "Customers walk up to the desk and talk. Name the customer type, pick the strategy that makes this customer an ally, and play the conversation through.\n\nScenarios are YAML files under Content/ (see Content/README.md).\n\nEXAMPLES\n  ally                         the full-screen trainer (ally train)\n  ally play --plain --lang nl  line by line: screen readers, scripts\n  ally check                   every mistake in the content\n  ally check nl/new.yaml       one file, with the library it is in\n  ally new scenario --type victim --lang nl --id lost-parcel-nl\n  ally progress --plain        mastery per type, confusion matrix\n  ally report --format csv     a gradebook for Moodle\n  ally sync                    xAPI to the LRS of the config file\n  ally serve --class monday-a  a class over SSH\n  ally config                  each setting and where it is from\n\nENVIRONMENT\n  LC_ALL, LC_MESSAGES, LANG  the interface language, unless --lang\n                             or the config file sets one\n  NO_COLOR                   no colour (as --monochrome)\n  ALLY_CONTENT               content folders, ':' between them\n  ALLY_SITE                  the site of xAPI statements (--site)\n  ALLY_LRS_PASSWORD          the LRS password for ally sync\n  XDG_CONFIG_HOME            the config file's home (~/.config)\n  XDG_DATA_HOME              the progress store's home\n                             (~/.local/share)\n  TERM                       the terminal; TERM=dumb: use --plain\n\nFILES\n  $XDG_CONFIG_HOME/ally/config.yaml  the user's settings\n  /etc/ally/config.yaml              the machine's settings\n  $XDG_DATA_HOME/ally/ally.sqlite    progress and the xAPI queue\n  /usr/share/ally/Content            the installed library\n                                     (../share/ally/Content\n                                     beside the binary)\n\nEXIT STATUS\n  0    success (ally check: no errors; warnings alone pass)\n  1    errors in the content, a stopped sync, an unusable store\n  2    missing or unreadable: content, a file, the config file\n  64   a usage error: unknown command or option, bad value\n  130  stopped by Ctrl-C; 143 by SIGTERM (128 + the signal)", // help.ally.discussion
        "Check scenario files and print every mistake as file:line:column: message.", // help.check.abstract
        "A file is checked with the library it belongs to: the nearest folder above it that holds scenario.schema.json, over the configured content folders, so translation links and ids are checked as the trainer will see them. A mistake that follows from another (a link to a file that does not load) is not reported again: fix the root cause and check again.\n\nEach finding is one line, file:line:column: severity: message, then the line it points at with a ^ under the column (in colour on a terminal, unless NO_COLOR is set). --format json writes a versioned document (docs/check-json.md); github and sarif are for CI and code scanning.\n\nEXAMPLES\n  ally check                              the whole content (every configured folder)\n  ally check Content/nl/garage-warranty.yaml\n  ally check - < draft.yaml               a file from standard input, with the\n                                          library of the working folder\n  ally check --format json > problems.json\n\nEXIT STATUS\n  0 when there is no error (warnings alone pass), 1 when there is any, 2 when nothing could be read.", // help.check.discussion
        "Output format: text, json, github (workflow commands for GitHub Actions) or sarif (SARIF 2.1.0 for code scanning; rule ids are the diagnostics' codes).", // help.check.format
        "Files or folders to check (default: the content folder); - reads one file from standard input.", // help.check.paths
        "Watch a class live, or report its results.", // help.class.abstract
        "The class's name.", // help.class.className
        "Report a class's live runs: per question the answers' distribution, or per trainee the answers (table or CSV).", // help.classLive.abstract
        "question: the distribution per question; trainee: each trainee's answers.", // help.classLive.by
        "--by question (the default): run, question (from 1), step, answer, count. --by trainee: run, question, step, trainee, answer, seconds, counted (whether the reveal counted it for progress). An answer is named as on the class link: identify:TYPE, strategy:FAMILY, concept:KIND:ID, reply:N (N from 0, the file's order).", // help.classLive.discussion
        "table or csv.", // help.classLive.format
        "One live run (its id, live-…); all runs when left out.", // help.classLive.run
        "Report a class's results: table, CSV (Moodle), JSON, or xAPI 1.0.3 statements.", // help.classReport.abstract
        "The report 'ally report' writes (see its help and docs/roster.md), over the class's store, with the roster and course the class started with (or --roster, --course). csv: the Moodle gradebook, one line per roster trainee. json: per trainee the handle, identifier, name, and per column the best total and the attempts. attempts: every attempt in the class's store. xapi: the attempts' statements with context.registration (the class run), the class as a grouping activity and, with --instructor, the instructor.", // help.classReport.discussion
        "The instructor's account name, for xAPI's context.instructor.", // help.classReport.instructor
        "Report the class's live runs instead of its gradebook: 'question' for the distribution per question, 'trainee' for each trainee's answers (table or csv; xapi always includes them).", // help.classReport.live
        "The class's store, for a class run under the school's own sshd (default: the class folder's).", // help.classReport.store
        "The instructor's live dashboard of a class: trainees, the confusion heat map, averages.", // help.classWatch.abstract
        "The class folder (what 'ally serve' passes).", // help.classWatch.classFolder
        "The descriptor of the link to the server, for live runs (what 'ally serve' passes).", // help.classWatch.classLink
        "The content folder, for live runs (what 'ally serve' passes).", // help.classWatch.content
        "Keys: p switches the projector view (large figures, no names), ↑↓ scroll, q quits.", // help.classWatch.discussion
        "Start in the projector view: large figures, no names.", // help.classWatch.projector
        "Interface language: {codes} (default: from LC_ALL / LANG).", // help.commonOptions.lang
        "The progress store (SQLite).", // help.commonOptions.store
        "Default: 'store' in the config file, else $XDG_DATA_HOME/ally/ally.sqlite, else ~/.local/share/ally/ally.sqlite.", // help.commonOptions.storeDefault
        "Whose progress (default: the name saved in the store, else $USER).", // help.commonOptions.trainee
        "Show each effective setting and where it came from (an option, the environment, a config file, the default).", // help.config.abstract
        "Ally reads $XDG_CONFIG_HOME/ally/config.yaml (else ~/.config/ally/config.yaml), then /etc/ally/config.yaml; the first that sets a value wins, and options override both. The settings: {settings}.\n\nEXAMPLE FILE\n  site: https://school.example.org/ally\n  pass-mark: 70\n  lrs: https://lrs.school.example.org/xAPI\n  lrs-user: ally\n  language: nl\n  content:\n    - /srv/ally/school      # the school's own scenarios, on top\n    - /usr/share/ally/Content\n  store: /srv/ally/ally.sqlite\n\nRelative paths are taken from the config file's folder. The LRS password is never written there: give it in $ALLY_LRS_PASSWORD.", // help.config.discussion
        "The folder of scenario files.", // help.contentOptions.content
        "Default: $ALLY_CONTENT (folders separated by ':', the first on top), else 'content' in the config file, else ./Content, else the Content installed beside the binary.", // help.contentOptions.contentDefault
        "Quick rounds: name a customer's type and strategy, or answer a concept question.", // help.drill.abstract
        "The rounds pick the cards that are due again (Leitner boxes: box 1 at once, box 2 after 1 day, 3 after 3, 4 after 7, 5 after 14; an exact answer moves a card up a box, a type of the right family keeps it, a wrong answer sends it back to box 1) and, among those, the ones with the lowest mastery. A card is a customer type (from a scenario's opening) or an answer of a concept question (role, gap, handling, measure, dimension, basics, segment) from a step that asks it; concept cards join once you have met that kind of question, or with --only. Every answer is saved before the next question shows.", // help.drill.discussion
        "Drill one kind of question only: identify (the types), or {kinds}.", // help.drill.only
        "How many rounds.", // help.drill.rounds
        "Seed for the order and the scenarios drawn (for repeatable sessions).", // help.drill.seed
        "Draw a scenario's steps and choices as a tree (or Graphviz DOT).", // help.graph.abstract
        "Endings show their outcome (■), type changes show as ⇒, timed steps as ⏱.\nFor a picture: ally graph FILE --format dot | dot -Tsvg > graph.svg", // help.graph.discussion
        "The scenario file.", // help.graph.file
        "tree (for the terminal) or dot (for Graphviz).", // help.graph.format
        "Create new content from a commented skeleton.", // help.new.abstract
        "A concept question the second step asks too: {kinds}.", // help.new.ask
        "It is written to <content>/<lang>/<id>.yaml unless --output is given; an existing file is never overwritten. When the content folder is installed with the system (/usr/share/ally/Content), the file goes into the current folder instead: nothing is written into a system folder. The first line names the schema as a path from the file's own folder, for yaml-language-server.\n\nEXAMPLES\n  ally new scenario --type hostage --lang nl --id werkplaats-terug-nl\n  ally new scenario --type victim --lang en --output ~/school/en/lost-parcel-en.yaml\n  ally new scenario --type tolerant --lang en --output -     (to standard output)", // help.new.discussion
        "The scenario's id, [a-z0-9-]+ (default: new-scenario-<lang>; an id must not name the type).", // help.new.id
        "The scenario's language: en or nl.", // help.new.lang
        "Where to write the file ('-' for standard output).", // help.new.output
        "Write a commented scenario skeleton that checks clean.", // help.new.scenario.abstract
        "The customer's type: {types}.", // help.new.type
        "Play a scenario (--plain: line by line, for screen readers, pipes and scripts).", // help.play.abstract
        "Line-oriented play: numbered choices read from standard input.", // help.play.plain
        "The scenario to play (default: choose from a list).", // help.play.scenario
        "Play without time limits, for trainees who read slowly (the debrief and reports say so).", // help.playOptions.noTimers
        "Play one scenario file full-screen, reloading it whenever it changes (nothing is saved).", // help.preview.abstract
        "For authors: keep the file open in an editor beside it. On every save the play is read again and goes on at the same decision when the recorded decisions still fit; mistakes show on screen as file:line:column: message. r reloads at once, q or Esc leaves.", // help.preview.discussion
        "The scenario file.", // help.preview.file
        "No colour: bold, reverse and underline only (NO_COLOR does the same).", // help.preview.monochrome
        "Show a trainee's progress: mastery bars, confusion matrix, score trend, recent attempts.", // help.progress.abstract
        "Plain text for pipes and screen readers (the full-screen view is in the trainer's menu).", // help.progress.plain
        "Replay an attempt step by step: what was chosen, what was ideal, and the feedback.", // help.replay.abstract
        "The attempt's id.", // help.replay.attempt
        "Attempt ids are listed by 'ally progress --plain' and 'ally report'.", // help.replay.discussion
        "Report results: the gradebook as a table, CSV (Moodle) or JSON, every attempt, or xAPI statements.", // help.report.abstract
        "The class the attempts were played in, as a grouping activity.", // help.report.classGroup
        "Only this course's scenarios, in its order (default: a class's course, else every scenario).", // help.report.course
        "csv: a gradebook for Moodle's grade import. The first column identifies the trainee: with --roster, the Moodle username or e-mail address the roster gives (its heading says which: 'username' or 'email'; trainees the roster does not list are left out and named on standard error, since one unknown user aborts Moodle's whole import); without, the trainee's handle in Ally, which must then be the Moodle username. Then one column per scenario of the library (or of --course), a scenario and its translation sharing one column, holding the best total, or '-' where there is none (Moodle's \"no grade\"; an empty cell would become 0). The columns come from the content, not from what was played, so they map to the same grade items every time. --excel writes a UTF-8 byte order mark and ';' for spreadsheets in a Dutch locale; Moodle reads both (choose the separator \"semicolon\"). The roster's format: docs/roster.md.\njson: the same gradebook, a line per trainee: the handle, identifier, name, and per column the best total and the attempts.\nattempts: every attempt, as JSON (id, trainee, scenario, title, customerType, started, finished, total, outcome, seconds, untimed).\nxapi: every attempt's statements (docs/xapi.md), with the same ids 'ally sync' sends.", // help.report.discussion
        "CSV for a spreadsheet: a UTF-8 byte order mark and ';' between fields.", // help.report.excel
        "table, csv or json (the gradebook), attempts (every attempt, as JSON) or xapi.", // help.report.format
        "The lowest total that counts as passed (0 to 100; 'none': every attempt is 'completed').", // help.report.passMark
        "A roster: handle, Moodle username or e-mail, and name (see docs/roster.md; a class's default: the one it started with).", // help.report.roster
        "Your site: the home page of the trainees' accounts and the base of activity ids, an http(s) URL (default: $ALLY_SITE, else {site}).", // help.report.site
        "Only this trainee (default: everyone).", // help.report.trainee
        "Render screens of a scripted play-through to SVG (80 by 24), for the README.", // help.screenshots.abstract
        "The folder to write the SVG files to.", // help.screenshots.output
        "Run a class over SSH: every trainee who logs in gets the trainer.", // help.serve.abstract
        "An address to listen on; repeat it for more (default: 0.0.0.0 and ::, every interface over IPv4 and IPv6; 127.0.0.1: this machine only).", // help.serve.address
        "An authorized_keys file whose keys may join without the class code; a key with the word ally-instructor in its comment opens the dashboard.", // help.serve.authorizedKeys
        "The class's name (letters, digits, - and _).", // help.serve.className
        "The class code trainees type as the password (default: made up once and kept in the class folder).", // help.serve.code
        "The class's course: every trainee plays it in order and goes on where they left off.", // help.serve.course
        "Trainees join with 'ssh -p PORT HANDLE@SERVER' from Windows, macOS or Linux; the handle (letters, digits, - and _) is their name in the class, and the class code is the password. The class's progress goes to one store in the class folder ($XDG_DATA_HOME/ally/classes/NAME, else ~/.local/share/ally/classes/NAME).", // help.serve.discussion
        "Milliseconds a failed login waits before its answer.", // help.serve.failureDelay
        "The Ed25519 host key, OpenSSH format (default: host_ed25519_key in the class folder, created once).", // help.serve.hostKey
        "Minutes without a key before a session is closed; its place is saved (0: never).", // help.serve.idleTimeout
        "Seconds a connection has to log in.", // help.serve.loginGrace
        "Connections open at once, at most.", // help.serve.maxConnections
        "Connections from one address that may be logging in at once (a lab behind one NAT address logs in together).", // help.serve.maxLoggingInPerAddress
        "Minutes a session may last at most (0: no limit).", // help.serve.maxSession
        "The TCP port to listen on.", // help.serve.port
        "The class's roster, CSV with the header handle,moodle,name (see docs/roster.md; kept in the class folder for the dashboard and reports).", // help.serve.roster
        "The trainer for an sshd ForceCommand: the login name is the trainee.", // help.session.abstract
        "Refuses to run without a terminal (ssh -T, a command, a pipe) and never runs SSH_ORIGINAL_COMMAND. The login name (letters, digits, - and _, at most 32) is the trainee's name in the store.", // help.session.discussion
        "Send xAPI statements to a Learning Record Store; what it has not accepted stays queued.", // help.sync.abstract
        "Statement ids are stable, so running sync again never duplicates a statement. When the LRS cannot be reached nothing is lost: the next sync sends what is still queued. The password may also come from $ALLY_LRS_PASSWORD, which keeps it out of the process list.\n\nEXAMPLES\n  ALLY_LRS_PASSWORD=secret ally sync --lrs https://lrs.example.org/xAPI --user ally\n  ally sync                     with lrs and lrs-user in the config file\n\nEXIT STATUS\n  0 when everything was accepted; 1 when the sync stopped (the LRS unreachable, credentials refused, or a local fault such as a missing ally-lrs helper) or a statement was refused.", // help.sync.discussion
        "The LRS's base URL or its statements resource (default: 'lrs' in the config file).", // help.sync.lrs
        "HTTP Basic password (default: $ALLY_LRS_PASSWORD).", // help.sync.password
        "Send every statement again, e.g. after the LRS lost its data (the stable ids prevent duplicates).", // help.sync.resend
        "Only this trainee's statements (default: everyone's).", // help.sync.trainee
        "HTTP Basic user (default: 'lrs-user' in the config file).", // help.sync.user
        "The full-screen trainer (what plain 'ally' runs).", // help.train.abstract
        "Report to 'ally serve' on this descriptor (the server passes it).", // help.train.classLink
        "Play this course in order, starting where the trainee is in it (what 'ally serve --course' passes).", // help.train.course
        "No colour: bold, reverse and underline only (NO_COLOR does the same).", // help.train.monochrome
        "Line-by-line play instead of the full screen (same as 'ally play --plain').", // help.train.plain
        "Train as this trainee, without the welcome screen's name field (what 'ally serve' and 'ally session' pass).", // help.train.trainee
        "Letters, digits, - and _, at most 32.", // help.train.traineeRule
        "service after the sale", // kaminConcern.aftercare.name
        "specific: upkeep and help after the sale", // kaminConcern.aftercare.reminder
        "help at hand", // kaminConcern.availability.name
        "basic: whether someone is there to help", // kaminConcern.availability.reminder
        "friendliness", // kaminConcern.friendliness.name
        "specific: how staff treat the customer", // kaminConcern.friendliness.reminder
        "the price", // kaminConcern.price.name
        "specific: what the customer pays for what he gets", // kaminConcern.price.reminder
        "reliable staff", // kaminConcern.reliability.name
        "specific: staff do what they say", // kaminConcern.reliability.reminder
        "the surroundings", // kaminConcern.surroundings.name
        "basic: the place as the customer first sees it", // kaminConcern.surroundings.reminder
        "English", // language.name
        "{count} of {total} answered", // liveDashboard.answered
        "Live: {title} · {phase}", // liveDashboard.heading
        "Live: {title} · question {round} · {phase}", // liveDashboard.headingRound
        "l live run  n next  c close  r reveal  x remove › (↑↓ choose)  e end  p projector  q quit", // liveDashboard.hints
        "hidden until the reveal", // liveDashboard.histogramHidden
        "fills live", // liveDashboard.histogramLive
        "The class split on question {list}.", // liveDashboard.list
        "Tie or no answers: press the number of the reply the class takes.", // liveDashboard.needsPick
        "no limit", // liveDashboard.noLimit
        "The class agreed on every question.", // liveDashboard.noSplits
        "answering closed", // liveDashboard.phase.closed
        "ended", // liveDashboard.phase.ended
        "waiting room", // liveDashboard.phase.lobby
        "answering", // liveDashboard.phase.open
        "revealed", // liveDashboard.phase.revealed
        "Live run: pick a scenario (Enter starts, Esc cancels)", // liveDashboard.pick
        "t answer time: {time} · h histogram: {histogram}", // liveDashboard.settings
        "{count} in the waiting room", // liveDashboard.waiting
        "Your answer is in. You may change it until answering closes.", // liveScreen.answered
        "What do you say?", // liveScreen.askReply
        "Which strategy fits?", // liveScreen.askStrategy
        "Which type of customer is this?", // liveScreen.askType
        "Answering is closed. Wait for the reveal.", // liveScreen.closed
        "Answering is closed; you did not answer this one.", // liveScreen.closedNone
        "Discuss with the class; the instructor moves on.", // liveScreen.discuss
        "Live class", // liveScreen.helpHeading
        "↑↓ 1-9         choose an answer", // liveScreen.helpLines
        "Enter          answer (you may change it while answering is open)", // liveScreen.helpLines.2
        "answer", // liveScreen.keyAnswer
        "menu", // liveScreen.keyMenu
        "The instructor is starting a live run with the class. Your own play is saved; you can go on with it afterwards.", // liveScreen.lobby
        "No answer was fully right here.", // liveScreen.noneRight
        "Your answer could not be saved, so it does not count yet. Choose it again.", // liveScreen.notSaved
        "Question {number}", // liveScreen.question
        "The instructor took you out of this live run.", // liveScreen.removed
        "Right answer:", // liveScreen.rightAnswer
        "The live run is over. You answered {answered} of {asked} questions, {right} of them right. Only you see this.", // liveScreen.summary
        "Ally · live class", // liveScreen.title
        "This scenario is not in your library; wait for the next question.", // liveScreen.unknownScenario
        "Waiting for the first question…", // liveScreen.waitingStart
        "Your answer:", // liveScreen.yourAnswer
        "the big customers", // measureTarget.big-customers.name
        "whose: those who buy the most", // measureTarget.big-customers.reminder
        "loyalty", // measureTarget.loyalty.name
        "whether the customer stays and buys again", // measureTarget.loyalty.reminder
        "the outspoken customers", // measureTarget.outspoken.name
        "whose: the delighted and the dissatisfied", // measureTarget.outspoken.reminder
        "overall satisfaction", // measureTarget.overall-satisfaction.name
        "how content the customer is with the service as a whole", // measureTarget.overall-satisfaction.reminder
        "referrals", // measureTarget.referrals.name
        "whether the customer brings in others", // measureTarget.referrals.reminder
        "delighted (loyal)", // outcome.delighted.name
        "dissatisfied, complains (can still be kept)", // outcome.dissatisfied-complaining.name
        "dissatisfied, silent (cannot be kept)", // outcome.dissatisfied-silent.name
        "satisfied (loyal)", // outcome.satisfied.name
        "Decision {k} of {n}", // plain.decision
        "End of input: you left the scenario. It stays unfinished; the next start offers to go on where you left off.", // plain.endOfInput
        "Your last attempt at this scenario had reached its end before its result was saved. Its result is saved now:", // plain.endedBeforeSaved
        "ideal", // plain.ideal
        "The ideal path", // plain.idealPath
        "Ally — customer-service trainer (plain mode). Answer with a number and Enter; q leaves.", // plain.intro
        "Please answer with a number from 1 to {count}, or q to leave.", // plain.invalid
        "Your unfinished attempt is kept; the next start offers it again.", // plain.keptUnfinished
        "You left the scenario; this attempt is not scored.", // plain.left
        "You left the scenario. It stays unfinished; the next start offers to go on where you left off.", // plain.leftBySignal
        "Mood", // plain.mood
        "There are no scenarios in this language.", // plain.noScenarios
        "Not saved yet: {reason}", // plain.notSaved
        "Which scenario?", // plain.pickScenario
        "Your progress is not saved this time: {reason}", // plain.playingUnsaved
        "go on where I left off", // plain.resume
        "You left this scenario unfinished at decision {k}. Go on where you left off?", // plain.resumeQuestion
        "Scenarios", // plain.scenarioList
        "Score", // plain.score
        "start again", // plain.startAgain
        "Time", // plain.time
        "(timed: {seconds} s in the full-screen trainer; no clock in plain mode)", // plain.timed
        "There is no scenario '{id}'. 'ally play --plain' without --scenario lists them.", // plain.unknownScenario
        "{count} decision(s) could not be saved and are lost: {reason}", // plain.unsaved
        "you", // plain.you
        "Your decisions, with the ideal beside each", // plain.yourPath
        "answered {name}", // replay.answered
        "Attempt #{id}", // replay.attempt
        "chose {name}", // replay.chose
        "Given up: not scored.", // replay.givenUp
        "(left the conversation)", // replay.leftConversation
        "Decision {number} does not fit the stored scenario: {reason}", // replay.misfit
        "named the type {name}", // replay.namedType
        "Played {time} · content {hash}", // replay.played
        "Unfinished: the trainer offers to resume it at this step.", // replay.unfinished
        "box {box}", // report.box
        "(box 1 to {boxes}: a right answer moves a type up a box and it comes back later; a wrong one, back to box 1)", // report.boxes
        "Confusion: {kind} (rows: the right answer; columns: yours; ?: no answer)", // report.conceptConfusion
        "Concepts (last {window} answers)", // report.concepts
        "Confusion matrix (rows: true type; columns: the type you named; ?: no answer)", // report.confusion
        "due in {days} d", // report.dueIn
        "due now", // report.dueNow
        "Mastery per customer type (last {window} answers)", // report.mastery
        "none yet", // report.noneYet
        "Progress of {trainee}", // report.title
        "Score trend", // report.trend
        "last {last}, mean {mean} over {count}, {scored} scored in all", // report.trendFigures
        "no finished attempts yet", // report.trendNone
        "unfinished (can be resumed)", // report.unfinished
        "roster {path}{at}: {message}", // reporting.at
        "there is no course '{id}'; the courses are: {list}", // reporting.list
        "left out of the gradebook, not in the roster (Moodle would abort the whole import on an unknown user): {named}", // reporting.named
        "'{value}' appears twice in the {column} column (first on line {first})", // reporting.rosterDuplicate
        "the roster is empty; it starts with the line handle,moodle,name", // reporting.rosterEmpty
        "expected 3 fields (handle, moodle, name), found {count}; quote a name that contains the separator", // reporting.rosterFieldCount
        "the handle '{handle}' may have only letters, digits, - and _ (1 to 32): it is the name in the store and the SSH login", // reporting.rosterHandle
        "the first line must be the header handle,moodle,name", // reporting.rosterHeader
        "usernames and e-mail addresses are mixed (line {line} has the other kind); Moodle maps one user field for the whole file", // reporting.rosterMixed
        "the moodle value of {handle} must be a Moodle username or e-mail address: 1 to 100 characters, no spaces or control characters", // reporting.rosterMoodle
        "the name of {handle} must be one line of at most 64 characters (is a quote not closed?)", // reporting.rosterName
        "cannot read the roster {path}", // reporting.rosterUnreadable
        "concepts", // scorePart.concepts.name
        "conversation", // scorePart.conversation.name
        "identification", // scorePart.identification.name
        "outcome", // scorePart.outcome.name
        "strategy", // scorePart.strategy.name
        "how to approach them", // segmentBenefit.approach.name
        "how and through which channel to address each group", // segmentBenefit.approach.reminder
        "what they expect", // segmentBenefit.expectations.name
        "what service each group counts on receiving", // segmentBenefit.expectations.reminder
        "how much they take part", // segmentBenefit.participation.name
        "how much of the work each group does itself", // segmentBenefit.participation.reminder
        "how to fit the process", // segmentBenefit.process.name
        "how to shape the service process to each group's wishes", // segmentBenefit.process.reminder
        "how they react", // segmentBenefit.reactions.name
        "how each group responds, so you can act before it does", // segmentBenefit.reactions.reminder
        "who the customers are", // segmentBenefit.who.name
        "which groups really use the service", // segmentBenefit.who.reminder
        "delivery gap", // serviceGap.delivery.name
        "the specifications exist, but staff do otherwise", // serviceGap.delivery.reminder
        "knowledge gap", // serviceGap.knowledge.name
        "management does not know what customers expect", // serviceGap.knowledge.reminder
        "positioning gap", // serviceGap.positioning.name
        "what is promised differs from what staff deliver", // serviceGap.positioning.reminder
        "standards gap", // serviceGap.standards.name
        "what management wants becomes other specifications", // serviceGap.standards.reminder
        "check and re-check", // servicePhase.check.name
        "leave the door open", // servicePhase.door.name
        "greet and welcome", // servicePhase.greet.name
        "meet them efficiently", // servicePhase.meet.name
        "find the needs", // servicePhase.needs.name
        "assurance", // servqualDimension.assurance.name
        "knowledge and courtesy that inspire trust", // servqualDimension.assurance.reminder
        "empathy", // servqualDimension.empathy.name
        "individual attention, care for this customer", // servqualDimension.empathy.reminder
        "reliability", // servqualDimension.reliability.name
        "doing what was promised, right the first time", // servqualDimension.reliability.reminder
        "responsiveness", // servqualDimension.responsiveness.name
        "willing and quick to help", // servqualDimension.responsiveness.reminder
        "tangibles", // servqualDimension.tangibles.name
        "the premises: how they look and feel, clear and welcoming", // servqualDimension.tangibles.reminder
        "Attempt {attempt} is already finished and takes no more decisions. Start a new attempt instead.", // store.attemptFinished
        "Cannot open the progress store {path}: its folder {folder} cannot be created. Check that you may write there, or choose another file with --store PATH.", // store.cannotCreateFolder
        "Attempt {attempt} was continued in another terminal (it has {found} decisions, this one expected {expected}); nothing was lost. Reopen the attempt to continue from where it stands.", // store.conflict
        "The progress store {path} is damaged ({reason}); nothing was changed. Move it aside (mv '{path}' '{path}.broken') to start a fresh one, and keep the damaged copy for your instructor.", // store.corrupt
        "The disk holding {path} is full, so the last change was not saved; everything saved before is safe. Free some disk space and try again.", // store.diskFull
        "Cannot open the progress store {path}: it is a folder, not a file. Choose a file with --store PATH.", // store.isFolder
        "The progress store {path} stayed locked by another program for more than {seconds} s; the last change was not saved. Wait a moment and try again, or close the other program.", // store.locked
        "The progress store {path} was written by a newer version of Ally (schema {schema}); nothing was changed. Update Ally, or choose another file with --store PATH.", // store.newerVersion
        "There is no attempt {attempt} in this store. `ally progress --plain` lists the attempts.", // store.noSuchAttempt
        "No progress store is open, so nothing is saved.", // store.none
        "The progress store {path} reported an error: {reason}. Try again; if it persists, choose another file with --store PATH.", // store.other
        "The progress store {path} is read-only, so nothing can be saved. Make the file and its folder writable (chmod u+w), or choose another file with --store PATH.", // store.readOnly
        "Cannot open the progress store {path} ({reason}). Check that the file and its folder exist and may be read and written, or choose another file with --store PATH.", // store.unreadable
        "guide & support", // strategyFamily.guide-and-support.name
        "take them by the hand through the procedure and support them", // strategyFamily.guide-and-support.summary
        "harness negative energy", // strategyFamily.harness-negative-energy.name
        "involve them personally in the organisation and its processes", // strategyFamily.harness-negative-energy.summary
        "inform & involve", // strategyFamily.inform-and-involve.name
        "explain, communicate well, involve them in shaping the process", // strategyFamily.inform-and-involve.summary
        "keep & leverage", // strategyFamily.keep-and-leverage.name
        "keep them engaged, ask for their feedback, let their word work for you", // strategyFamily.keep-and-leverage.summary
        "part ways", // strategyFamily.part-ways.name
        "end the relationship calmly and firmly, protecting the other customers", // strategyFamily.part-ways.summary
        "After your reply", // strings.afterReply
        "all", // strings.all
        "Nothing: every decision was right.", // strings.allRight
        "Ally", // strings.appName
        "What type of customer is this?", // strings.askIdentify
        "How do you reply?", // strings.askReply
        "Which strategy makes this customer an ally?", // strings.askStrategy
        "You left this attempt before the end.", // strings.attemptLeft
        "This attempt cannot be replayed: its event log or scenario text is not available.", // strings.cannotReplay
        "Choose a course", // strings.chooseCourse
        "Choose a scenario", // strings.chooseScenario
        "Leave this scenario?", // strings.confirmLeave
        "rows: true type · columns: named · diagonal: right · ?: no answer", // strings.confusionLegend
        "Which type you named", // strings.confusionMatrix
        "The conversation ends", // strings.conversationEnds
        "This was the last scenario of the course.", // strings.courseDone
        "Goes on at {number}: {title}", // strings.courseGoesOn
        "course {index} of {count}", // strings.courseStep
        "You notice", // strings.cues
        "Customer", // strings.customer
        "The customer leaves dissatisfied: such an attempt does not pass, whatever its points.", // strings.customerLost
        "Debrief", // strings.debrief
        "decision {k} of {n}", // strings.decision
        "Difficulty", // strings.difficulty
        "easy", // strings.difficulty.easy
        "hard", // strings.difficulty.hard
        "medium", // strings.difficulty.medium
        "Drill", // strings.drill
        "{played} round(s), {right} fully right.", // strings.drillDone
        "Quick rounds of type and strategy, weakest and due first.", // strings.drillNote
        "There are no scenarios in Content/ yet.", // strings.emptyLibrary
        "Enlarge the window to carry on, or press Ctrl-C to stop; nothing is lost.", // strings.enlarge
        "Feedback", // strings.feedbackLabel
        "Score {total}/100 · {outcome}", // strings.finalScore
        "given up", // strings.givenUp
        "Hello, {name}", // strings.hello
        "Help", // strings.help
        "Esc or q        back (leaving a scenario asks first)", // strings.helpBackLine
        "Choosing a scenario", // strings.helpBrowser
        "l s d           filters: language, setting, difficulty", // strings.helpBrowserKeys.1
        "PgUp PgDn       ten scenarios up or down", // strings.helpBrowserKeys.2
        "✓ 85            played before; your best score", // strings.helpBrowserKeys.3
        "Choosing a course", // strings.helpCourses
        "1-9 or Enter    start a course: its scenarios follow in order", // strings.helpCoursesKeys.1
        "                from the first one you have not finished", // strings.helpCoursesKeys.2
        "Drill", // strings.helpDrill
        "↑ ↓ 1 – 9 Enter select, then answer: the type, then the strategy", // strings.helpDrillKeys.1
        "Enter           after the feedback: the next round", // strings.helpDrillKeys.2
        "Esc or q        stop and see what improved; again for the menu", // strings.helpDrillKeys.3
        "The five strategy families", // strings.helpFamilies
        "↑ ↓ or j k      move the selection, or scroll a line", // strings.helpKeyLines.1
        "1 – 9           pick an option directly", // strings.helpKeyLines.2
        "Enter or space  choose, continue", // strings.helpKeyLines.3
        "mouse           a click chooses; the wheel works as ↑ ↓", // strings.helpKeyLines.4
        "?               this help      Ctrl-C   quit at once", // strings.helpKeyLines.5
        "Ctrl-Z          to the shell for a while; fg brings Ally back", // strings.helpKeyLines.6
        "Keys", // strings.helpKeys
        "Keys on each screen", // strings.helpKeysPerScreen
        "In the menu", // strings.helpMenu
        "Esc or q        leave Ally (your progress is kept)", // strings.helpMenuKeys.1
        "The keys, the nine types and the five strategy families.", // strings.helpNote
        "Debrief and help pages", // strings.helpPages
        "↑ ↓ PgUp PgDn   scroll a line or a page", // strings.helpPagesKeys.1
        "Home End        to the top or the end", // strings.helpPagesKeys.2
        "Enter           debrief: the course's next scenario, or the menu", // strings.helpPagesKeys.3
        "a               debrief: play the same scenario again", // strings.helpPagesKeys.4
        "How a scenario works", // strings.helpPlay
        "A customer talks. Name the type, pick the strategy family that makes them an ally, then reply.", // strings.helpPlayLines.1
        "Some steps are timed: waiting too long is an answer too, and rarely a good one.", // strings.helpPlayLines.2
        "Every decision gets feedback at once; the debrief compares your path with the ideal one.", // strings.helpPlayLines.3
        "Playing a scenario", // strings.helpPlaying
        "1 – 9 or ↑ ↓    select an answer (nothing is selected at first)", // strings.helpPlayingKeys.1
        "Enter           answer with the selection (or its digit again)", // strings.helpPlayingKeys.2
        "PgUp PgDn       scroll the customer's words when they are long", // strings.helpPlayingKeys.3
        "Enter or →      after the feedback: on to the next question", // strings.helpPlayingKeys.4
        "↑ ↓             scroll long feedback", // strings.helpPlayingKeys.5
        "In the preview", // strings.helpPreview
        "r               read the file again now (a save does it too)", // strings.helpPreviewKeys.1
        "Esc or q        leave the preview at once; nothing is saved", // strings.helpPreviewKeys.2
        "Progress", // strings.helpProgress
        "↑ ↓             choose a recent attempt; past the ends, scroll", // strings.helpProgressKeys.1
        "Enter or 1 – 9  replay it decision by decision (a click too)", // strings.helpProgressKeys.2
        "PgUp PgDn       scroll a page", // strings.helpProgressKeys.3
        "Home End        to the top or the end", // strings.helpProgressKeys.4
        "Replaying an attempt", // strings.helpReplay
        "← → or n p      previous or next decision (Enter: next)", // strings.helpReplayKeys.1
        "↑ ↓ PgUp PgDn   scroll a long decision", // strings.helpReplayKeys.2
        "Home End        to its top or its end", // strings.helpReplayKeys.3
        "Esc or q        back to your progress", // strings.helpReplayKeys.4
        "Help", // strings.helpTitle
        "r               reminders of the types on or off", // strings.helpTrainerPlayingKeys.1
        "Esc or q        leave: 1 stop for now, 2 give up, 3 cancel", // strings.helpTrainerPlayingKeys.2
        "The nine types", // strings.helpTypes
        "On the welcome screen", // strings.helpWelcome
        "Tab or ↑ ↓      the other field", // strings.helpWelcomeKeys.1
        "← → or 1 2      the interface language (in its field)", // strings.helpWelcomeKeys.2
        "Enter           start      Esc   quit", // strings.helpWelcomeKeys.3
        "SERVQUAL: five dimensions by which customers judge service (reliability, responsiveness, assurance, empathy, tangibles). The debrief shows which your replies served.", // strings.helpWordLines.1
        "Box 1 to 5: how often a type comes back in the drill. A right answer moves it up a box, so it returns later; a wrong one sends it back to box 1.", // strings.helpWordLines.2
        "Which type you named: rows are the customer's true type, columns the type you named (by its first letters), ? a question left unanswered.", // strings.helpWordLines.3
        "Words used in the debrief and progress", // strings.helpWords
        "Ideal", // strings.ideal
        "Ideal", // strings.idealPath
        "The ideal path, reply by reply", // strings.idealRoute
        "What improved:", // strings.improved
        "Interface language", // strings.interfaceLanguage
        "back", // strings.keyBack
        "cancel", // strings.keyCancel
        "choose", // strings.keyChoose
        "close", // strings.keyClose
        "continue", // strings.keyContinue
        "next field", // strings.keyField
        "filters", // strings.keyFilters
        "help", // strings.keyHelp
        "language", // strings.keyLanguage
        "leave", // strings.keyLeave
        "move", // strings.keyMove
        "pick", // strings.keyPick
        "quit", // strings.keyQuit
        "reload", // strings.keyReload
        "reminders", // strings.keyReminders
        "replay", // strings.keyReplay
        "scroll", // strings.keyScroll
        "step", // strings.keyStep
        "stop", // strings.keyStop
        "stop for now", // strings.keyStopForNow
        "Language", // strings.language
        "last {total}", // strings.lastScore
        "Cancel: keep playing", // strings.leaveCancel
        "Give up this attempt (it counts as given up)", // strings.leaveGiveUp
        "Enter or y: stop for now · Esc or n: cancel", // strings.leaveKeys
        "Stop for now; continue later from the menu", // strings.leaveLater
        "Menu", // strings.menuTitle
        "Decision {number} does not fit the stored scenario.", // strings.misfit
        "often taken for {name}", // strings.mistakenFor
        "mood", // strings.mood
        "Please type your name first.", // strings.nameNeeded
        "new", // strings.new
        "next ▶", // strings.next
        "next scenario", // strings.nextScenario
        "No finished attempts yet.", // strings.noAttempts
        "There are no courses in this language yet.", // strings.noCourses
        "No decisions were recorded.", // strings.noDecisions
        "The library has no scenarios to drill with.", // strings.noOpenings
        "No scenarios match these filters.", // strings.noScenarios
        "none", // strings.none
        "not met yet", // strings.notMet
        "not played yet", // strings.notPlayed
        "not tested", // strings.notTested
        "• Noted", // strings.noted
        "Nothing improved this time; the same cards come back in the next drill.", // strings.nothingImproved
        "Outcome", // strings.outcome
        "≈ Partly right", // strings.partlyRight
        "play again", // strings.playAgain
        "Play a course", // strings.playCourse
        "Play a series of scenarios in order, as in a class.", // strings.playCourseNote
        "Play a scenario", // strings.playScenario
        "One customer; pick by language, setting and difficulty.", // strings.playScenarioNote
        "Played without time limits.", // strings.playedUntimed
        "Practise next", // strings.practiseNext
        "{file} cannot be played ({problems} problem). Fix it and save: the preview reloads.", // strings.previewBroken.one
        "{file} cannot be played ({problems} problems). Fix it and save: the preview reloads.", // strings.previewBroken.other
        "preview — not saved", // strings.previewNotSaved
        "Reading {file}…", // strings.previewReading
        "Reloaded: you are where you were.", // strings.previewReloaded
        "The file changed and your decisions no longer fit it: restarted at the start.", // strings.previewRestarted
        "◀ previous", // strings.previous
        "Progress", // strings.progress
        "Progress is kept for this session only: the progress store could not be opened.", // strings.progressNeedsStore
        "progress not saved", // strings.progressNotSaved
        "Your attempts and how well you name each type.", // strings.progressNote
        "Quit", // strings.quit
        "Leave Ally. Your progress is kept.", // strings.quitNote
        "Recent attempts", // strings.recentAttempts
        "reminders off", // strings.remindersOff
        "Replay", // strings.replay
        "Step {number} · {phase}", // strings.replayStep
        "You", // strings.replayYou
        "Resume: {title}", // strings.resume
        "You left a scenario unfinished; carry on where you were.", // strings.resumeNote
        "✓ Right", // strings.right
        "round {k} of {n}", // strings.round
        "not saved yet: store busy", // strings.saveDelayed.busy
        "not saved yet: disk full", // strings.saveDelayed.diskFull
        "Not saved yet: another program holds the progress store. Ally keeps your answers and saves them, in order, with your next answer. If you quit first, it says what was not saved.", // strings.saveDelayedHelp.busy
        "Not saved yet: the disk is full. Ally keeps your answers and saves them, in order, as soon as there is room. If you quit first, it says what was not saved.", // strings.saveDelayedHelp.diskFull
        "1 scenario", // strings.scenarioCount.one
        "{count} scenarios", // strings.scenarioCount.other
        "Score per part", // strings.scoreSection
        "scores of the last {count}, oldest first:", // strings.scoreSparkline
        "{text} s", // strings.seconds
        "Service quality your replies showed (SERVQUAL's five dimensions)", // strings.servqualServed
        "Setting", // strings.setting
        "Slipped", // strings.slipped
        "Read the customer, name the type, make them an ally.", // strings.tagline
        "time", // strings.time
        "⏱ {seconds} s left", // strings.timeLeft
        "Time limit", // strings.timeLimit
        "Turn time limits off, or on again; for slow readers.", // strings.timeLimitsNote
        "Time limits: off", // strings.timeLimitsOff
        "Time limits: on", // strings.timeLimitsOn
        "Time per decision", // strings.timePerDecision
        "time per decision, first to last:", // strings.timeSparkline
        "Time is up.", // strings.timeUp
        "on some replies", // strings.timed
        "on some replies (off: --no-timers)", // strings.timedButOff
        "menu", // strings.toMenu
        "This needs 80×24; the window is {columns}×{rows}.", // strings.tooSmall
        "score {points}/100", // strings.total
        "total", // strings.totalTime
        "{name} has turned from {from} into {to}.", // strings.typeChange
        "(type your name)", // strings.typeYourName
        "How well you name each type", // strings.typesNamed
        "{detail}\n{count} change(s) made while the progress store could not be written were not saved.", // strings.unsavedChanges
        "none", // strings.untimed
        "Press Enter to start.", // strings.welcomeStart
        "Welcome to Ally", // strings.welcomeTitle
        "What to do differently", // strings.whatWentWrong
        "✗ Wrong", // strings.wrong
        "You chose", // strings.youChose
        "Your best score", // strings.yourBest
        "Your name", // strings.yourName
        "Your path", // strings.yourPath
        "the LRS answered HTTP {status} ({reason}); try again later.", // sync.failed
        "cannot start {executable}: {reason}", // sync.helper.cannotStart
        "the HTTP helper {executable} was killed by signal {signal}", // sync.helper.killed
        "the HTTP helper {executable} could not start (exit status 127: a library it needs is missing; the loader's message is above)", // sync.helper.libraryMissing
        "cannot start {executable}: {reason} (the HTTP helper is built by 'swift build' and installed beside ally; 'swift run ally' alone does not build it)", // sync.helper.missing
        "the HTTP helper {executable} gave no answer (exit status {status})", // sync.helper.noAnswer
        "the HTTP helper {executable} could not be run (exit status 126: not executable)", // sync.helper.notExecutable
        "a local fault, not the LRS: {fault}; reinstall Ally (ally-lrs belongs beside ally).", // sync.localFault
        "there is no xAPI statements resource at {url} (HTTP 404); check --lrs.", // sync.notFound
        "the LRS refused the credentials (HTTP {status}: {reason}); check --user and --password.", // sync.refused
        "Rejected: attempt {attempt} (statement {statement}): {reason}", // sync.rejected
        "Rejected: an answer of live run {run} (statement {statement}): {reason}", // sync.rejectedLive
        "Stopped: {why} Nothing is lost: the {queued} queued statement(s) are sent by the next 'ally sync'.", // sync.stopped
        "{accepted} statement(s) accepted, {already} already in the LRS, {rejected} rejected, {queued} still queued.", // sync.summary
        "the LRS at {url} cannot be reached ({error}).", // sync.unreachable
        "A customer at the desk", // template.aCustomerAtThe
        "A plausible reply that falls short.", // template.aPlausibleReplyThat
        "a visible cue", // template.aVisibleCue
        "Assume you know already.", // template.assumeYouKnowAlready
        "Check and re-check, and leave the door open.", // template.checkAndReCheck
        "Correct, but nothing more.", // template.correctButNothingMore
        "Find out the specific need.", // template.findOutTheSpecific
        "You will hear from me about this.", // template.hearFromMe
        "Is that everything, then?", // template.isThatEverythingThen
        "She leaves without a word.", // template.leavesSilently
        "Ms Jansen", // template.msJansen
        "Never mind.", // template.neverMind
        "One line that sets the scene.", // template.oneLineThatSets
        "Service desk", // template.serviceDesk
        "Thank you, this was more than I expected!", // template.thankYouThisWas
        "The best reply, in the right strategy.", // template.theBestReplyIn
        "The customer explains what they need.", // template.theCustomerExplainsWhat
        "She turns back at the door.", // template.turnsBack
        "What the customer says first.", // template.whatTheCustomerSays
        "Why this is the right answer, in the notes' terms.", // template.whyRight
        "Why this delights.", // template.whyThisDelights
        "Why this falls short.", // template.whyThisFallsShort
        "Why this loses the customer.", // template.whyThisLosesThe
        "Why this works.", // template.whyThisWorks
        "Why this works for this customer.", // template.whyThisWorksFor
        "Yes, that's everything, thank you.", // template.yesThatSEverything
        "{source} '{site}' is not a web address; give your site's http:// or https:// address, such as https://school.example/ally.", // xapi.source
    ]
    static let nl: [String] = [
        "ally check - leest een scenario of cursus van de standaardinvoer; plak de tekst en sluit af met Ctrl-D (of geef een bestand: ally check bestand.yaml).", // check.readingStandardInput
        "'-' (de standaardinvoer) kan alleen worden gecontroleerd zonder andere bestanden of mappen ernaast.", // check.standardInputAlone
        "{scenarios} scenario(s) gecontroleerd: {errors} fout(en), {warnings} waarschuwing(en)", // check.summary
        " en nog {count}", // cli.andMore
        "een id bestaat uit a-z, 0-9 en '-' en is geen getal, zoals 'garage-keys-en'; '{id}' niet", // cli.badID
        "het terminaltype '{name}' kan de cursor niet verplaatsen", // cli.cannotAddressCursor
        "De scenariotekst die bij poging {attempt} is bewaard, is niet meer te lezen ({reason}); de poging kan niet worden teruggekeken.", // cli.cannotReplay
        "kan {helper} niet starten: {reason}", // cli.cannotStart
        "kan {path} niet schrijven: {reason}", // cli.cannotWrite
        "kan {path} niet schrijven", // cli.cannotWriteFile
        "kan de lesmap {folder} niet maken: {reason}", // cli.classFolder
        "een les draait in een taal die in Ally is ingebouwd ({shipped}); '{lang}' komt uit ALLY_CATALOGUES, en dat zien de sessies niet", // cli.classLanguage
        "--class neemt alleen letters, cijfers, - en _, hoogstens 32 (het is de naam van de lesmap).", // cli.className
        "les {className} heeft nog geen resultaten (geen {path})", // cli.classNoResults
        "--live gaat met --format table of csv (xapi neemt de live-antwoorden altijd mee).", // cli.classReport.liveFormat
        "TERM=dumb kan geen interface op het hele scherm tonen", // cli.dumbTerminal
        "{path} bestaat al; kies een andere --id of --output.", // cli.exists
        "{helper} ontbreekt: de lesserver wordt gebouwd door 'swift build' en naast ally geïnstalleerd", // cli.helperMissing
        "{errors} fout(en) in de inhoud; weggelaten: {files}. Draai 'ally check' voor de details.", // cli.leftOut
        "de naam van deze login kan niet de naam van een cursist zijn (letters, cijfers, - en _, hoogstens 32)", // cli.loginName
        "Geef het wachtwoord van de LRS met --password of $ALLY_LRS_PASSWORD.", // cli.lrsPassword
        "--lrs vraagt een http://- of https://-URL, zoals http://127.0.0.1:8100.", // cli.lrsURL
        "Ally is een trainer op het hele scherm en heeft een terminal nodig: gebruik ssh -t (of laat -T weg).", // cli.needsTerminal
        "daarna: ally check {path}   ally graph {path}", // cli.next
        "de trainer op het hele scherm zit niet in deze versie; gebruik 'ally play --plain'.", // cli.noFullScreen
        "kan de interface op het hele scherm niet starten: {reason}. Gebruik --plain om per regel te spelen.", // cli.noFullScreenHere
        "{file}: bevat geen scenario", // cli.noScenarioIn
        "er staat geen scenario in", // cli.noScenarioInIt
        "er is geen cursus '{course}' in {content}; er zijn: {courses}", // cli.noSuchCourse
        "{file}: dat bestand bestaat niet", // cli.noSuchFile
        "standaardinvoer en -uitvoer moeten een terminal zijn", // cli.notATerminal
        "--pass-mark neemt een getal van 0 tot en met 100, of 'none'.", // cli.passMark
        "--port moet 0 tot en met 65535 zijn.", // cli.port
        "de voortgang is niet bewaard: {problem}", // cli.progressNotSaved
        "--rounds neemt een getal van 1 tot en met 50.", // cli.rounds
        "--seed neemt een getal vanaf 1.", // cli.seed
        "--failure-delay neemt 0 tot 60000 milliseconden.", // cli.serve.failureDelay
        "--login-grace neemt 1 tot 3600 seconden.", // cli.serve.loginGrace
        "--max-connections neemt 1 tot 100000.", // cli.serve.maxConnections
        "--max-logging-in-per-address neemt 1 tot 100000.", // cli.serve.maxLoggingIn
        "{name} neemt minuten van 0 (geen grens) tot 10080 (een week).", // cli.serve.minutes
        "De sessie is gesloten omdat er lange tijd geen toets is ingedrukt.", // cli.session.idle
        "Je antwoorden zijn bewaard; log opnieuw in om verder te gaan.", // cli.session.saved
        "De sessie heeft haar maximale duur bereikt.", // cli.session.tooLong
        "Geef de LRS met --lrs URL, of als 'lrs: URL' in het instellingenbestand ('ally config' laat zien waar).", // cli.sync.noLRS
        "Geef de LRS-gebruiker met --user, of als 'lrs-user: NAAM' in het instellingenbestand.", // cli.sync.noUser
        "TERM is niet ingesteld", // cli.termUnset
        "--trainee neemt alleen letters, cijfers, - en _, hoogstens 32.", // cli.trainee
        "onbekende opdracht '{command}'{hint}; 'ally --help' toont ze", // cli.unknownCommand
        "het terminaltype '{name}' is onbekend bij terminfo", // cli.unknownTerminal
        "{path} geschreven", // cli.wrote
        "centrale afhandeling", // complaintHandling.central.name
        "het hoofdkantoor handelt hem af volgens de standaardprocedure", // complaintHandling.central.reminder
        "decentrale afhandeling", // complaintHandling.decentral.name
        "de vestiging handelt hem zelf af, zonder standaardprocedure", // complaintHandling.decentral.reminder
        "empowerment", // complaintHandling.empowerment.name
        "de medewerker die hem hoort, mag hem ter plekke oplossen", // complaintHandling.empowerment.reminder
        "routing en prioriteit", // complaintHandling.routing.name
        "direct naar wie erover gaat, met voorrang", // complaintHandling.routing.reminder
        "eerst de basis", // conceptKind.basics.name
        "Wat moet hier als eerste op orde komen?", // conceptKind.basics.question
        "kenmerk van service", // conceptKind.dimension.name
        "Welk kenmerk van service dient het beste antwoord hier?", // conceptKind.dimension.question
        "servicekloof", // conceptKind.gap.name
        "Welke servicekloof veroorzaakte wat je hier ziet?", // conceptKind.gap.question
        "klachtafhandeling", // conceptKind.handling.name
        "Hoe moet de organisatie deze klacht afhandelen?", // conceptKind.handling.question
        "wat te meten", // conceptKind.measure.name
        "Wat moet hier gemeten worden, of wiens tevredenheid?", // conceptKind.measure.question
        "rol in de beslissingseenheid", // conceptKind.role.name
        "Welke rol speelt deze persoon in de koopbeslissing?", // conceptKind.role.question
        "voordeel van segmenteren", // conceptKind.segment.name
        "Wat leert het indelen van de klanten in groepen de organisatie hier?", // conceptKind.segment.question
        "{key} is een leeg pad", // config.emptyPath
        "lrs-user is leeg", // config.emptyUser
        "niet aanwezig", // config.fileAbsent
        "gelezen", // config.fileRead
        "elk onderdeel van '{key}' moet een map zijn", // config.itemNotAFolder
        "language is 'nl' of 'en'; gevonden: '{value}'", // config.language
        "'{key}' noemt geen enkele map", // config.noFolder
        "er is geen voortgangsbestand in {path}; controleer het pad (er is niets aangemaakt)", // config.noStore
        "nog geen voortgang: hier is nog niets gespeeld ({path} bestaat niet)", // config.noStore.2
        "'{key}' heeft geen waarde; vul er een in of laat de regel weg", // config.noValue
        "een instellingenbestand is een mapping van instellingen met hun waarde, zoals 'language: nl'", // config.notAMapping
        "{folder} hoort bij de installatie, dus het nieuwe bestand komt in de huidige map (kies een plek met --output, of stel een eigen map in als 'content' in het instellingenbestand)", // config.notIntoSystemFolder
        "(niet ingesteld)", // config.notSet
        "'{key}' krijgt één waarde; gevonden: {found}", // config.oneValue
        "pass-mark is een getal van 0 tot en met 100, of 'none'; gevonden: '{value}'", // config.passMark
        "schrijft niet in {folder}, dat bij de installatie hoort; kies een eigen plek met --output", // config.refusedSystemFolder
        "'{key}' staat er twee keer in", // config.setTwice
        "onbekende instelling '{name}'{hint}; de instellingen zijn {settings}", // config.unknownSetting
        "kan het instellingenbestand niet lezen (geen leesbaar gewoon bestand)", // config.unreadable
        "{key} moet een URL zijn die begint met http:// of https://; gevonden: '{value}'", // config.url
        "{path} geschreven", // config.wrote
        "minstens één gewicht moet groter zijn dan 0", // content.allWeightsZero
        "{what} geeft een antwoord voor '{kind}' maar vraagt er niet naar (ask: [{kind}])", // content.answersWithoutAsking
        "{what} vraagt '{kind}' maar geeft geen antwoord: voeg 'answers: {{kind}: …}' toe (een van {choices})", // content.asksWithoutAnswer
        "verwacht: een id (a-z, 0-9 en '-'); gevonden: '{clippedForMessage}'", // content.badID
        "in '{rawValue}' is het beste antwoord in {value1}% van de stappen het langste (houd het op hoogstens {value2}%): dan antwoordt de lengte voor de cursist", // content.bestReplyLongest
        "het beste antwoord van stap '{id}' is {value1}× zo lang als de andere: de lengte verraadt het (houd het onder {value2}×)", // content.bestReplyTooLong
        "binair bestand (bevat een NUL-byte); een inhoudsbestand moet UTF-8-tekst zijn", // content.binaryFile
        "kan {what} niet lezen: {reason}", // content.cannotRead
        "kan het bestand niet lezen: het is geen gewoon bestand", // content.cannotReadNotRegular
        "een stap biedt 1 tot en met {maximumChoices} keuzes; gevonden: {count}", // content.choiceCount
        "een hint verschijnt nadat het type is benoemd, maar {what} vraagt niet om het te benoemen (ask: [identify])", // content.clueWithoutIdentify
        "een sleutel in een mapping moet een eenvoudige naam zijn; gevonden: {kindDescription}", // content.complexKey
        "{field} van stap '{id}' zegt '{name}', het antwoord op de vraag naar {rawValue}", // content.conceptAnswerInText
        "terminalbesturingsteken {code} is niet toegestaan in inhoud", // content.controlCharacter
        "cursus '{id}' speelt de klanten in de volgorde van de typelijst af ({value1}% van de paren): een cursist kan op positie antwoorden; kies een volgorde die iets leert", // content.courseInTypeOrder
        "een cursus heeft minstens één scenario nodig", // content.courseWithoutScenarios
        " (bedoel je '{name}'?)", // content.didYouMean
        "een terzijde in {mark}…", // content.direction.aside
        "een terzijde tussen haakjes", // content.direction.brackets
        "'{word}…:'", // content.direction.manner
        "een openingsaanhalingsteken {mark}", // content.direction.quote
        "einde-id '{value}' staat er twee keer (eerst op {text})", // content.duplicateEnding
        "{what}-id '{key}' bestaat al: al gebruikt in {value1}:{text}", // content.duplicateID
        "{what}-id '{key}' bestaat al: nog eens gebruikt in {value1}:{text}", // content.duplicateIDAgain
        "sleutel '{value}' staat er twee keer (eerst op {text})", // content.duplicateKey
        "stap-id '{value}' staat er twee keer (eerst op {text})", // content.duplicateStep
        "het bestand is leeg; verwacht: een YAML-mapping", // content.emptyFile
        "verwacht: tekst; gevonden: een lege tekst", // content.emptyText
        "einde '{id}'", // content.ending
        "einde-id '{value}' is al de id van een stap (op {text}); stappen en eindes delen één verzameling ids", // content.endingIsStep
        "{what} heeft één tekst per uitkomst waarop het kan eindigen, en de uitkomst volgt uit het pad: schrijf bijvoorbeeld 'satisfied: {say: \"…\"}' (uitkomsten: {value1})", // content.endingOldForm
        "de {outcome}-tekst van {ending}", // content.endingText
        "einde '{id}' kan eindigen als {rawValue}, bijvoorbeeld via het pad {value1}, maar heeft daar geen tekst voor", // content.endingTextMissing
        "einde '{id}' heeft een {rawValue}-tekst, maar geen enkel pad levert hier die uitkomst op (de paden ernaartoe eindigen als {can})", // content.endingTextUnreachable
        "{what} heeft een tekst nodig voor minstens één uitkomst ({value1})", // content.endingWithoutText
        "verwacht: answers als mapping van vragen naar antwoorden (role: decider); gevonden: {kindDescription}", // content.expectedAnswers
        "verwacht: explain als mapping van vragen naar tekst; gevonden: {kindDescription}", // content.expectedExplain
        "verwacht: {expected}; gevonden: {found}", // content.expectedFound
        "verwacht: een id (a-z, 0-9 en '-'); gevonden: {kindDescription}", // content.expectedID
        "verwacht: {what} als mapping van ids naar items; gevonden: {kindDescription}", // content.expectedIDMapping
        "verwacht: een lijst van {expected}; gevonden: {kindDescription}", // content.expectedList
        "verwacht: {what} als mapping van sleutels; gevonden: {kindDescription}", // content.expectedMapping
        "verwacht: een {kind} ({names}); gevonden: {found}", // content.expectedName
        "; verwacht een van: {names}", // content.expectedOneOf
        "verwacht: tekst; gevonden: {kindDescription}", // content.expectedText
        "{what} legt '{kind}' uit maar vraagt er niet naar", // content.explainsWithoutAsking
        "een keuze met kwaliteit {quality} (niet de beste) hoort feedback te hebben die uitlegt waarom", // content.feedbackMissing
        "het bestand is {value1}; een inhoudsbestand moet kleiner zijn dan 1 MiB", // content.fileTooLarge
        "een lijst", // content.found.list
        "een mapping", // content.found.mapping
        "niets", // content.found.nothing
        "'{value}' tussen aanhalingstekens (schrijf getallen zonder aanhalingstekens)", // content.found.quotedNumber
        "'{value}'", // content.found.value
        "YAML leest {value} als ja/nee-waarde, en een id is tekst: zet het tussen aanhalingstekens (\"{value}\") of kies een ander id", // content.idIsBoolean
        "YAML leest {value} als een getal, en een id is tekst: zet het tussen aanhalingstekens (\"{value}\") of laat het met een letter beginnen", // content.idIsNumber
        "overgeslagen: inhoudsbestanden eindigen op '.yaml', niet op '.yml'", // content.ignoredYml
        "een geheel getal van ten minste {low}", // content.integerAtLeast
        "een geheel getal van {low} tot en met {high}", // content.integerFromTo
        "ongeldige UTF-8; een inhoudsbestand moet UTF-8-tekst zijn", // content.invalidUTF8
        "'{rawValue}' staat twee keer in de lijst", // content.listedTwice
        "verplichte sleutel '{name}' ontbreekt in {what}", // content.missingKey
        "geen inhoudsbestanden (*.yaml) gevonden", // content.noContentFiles
        "een scenario heeft minstens één einde nodig", // content.noEndings
        "geen inhoudsmap gevonden; geprobeerd:\n{tried}", // content.noFolder
        "een scenario heeft minstens één stap nodig", // content.noSteps
        "vanaf stap '{id}' is geen einde te bereiken: elk pad vanaf daar draait rond tussen stappen", // content.noWayOut
        "geen gewoon bestand", // content.notRegularFile
        "", // content.nothing
        "in '{language}' is {answer} het goede antwoord op {count} van de {total} vragen over {kind}: wie dat altijd antwoordt, wint (houd elk antwoord op hoogstens de helft)", // content.oneAnswerWins
        "te weinig geheugen bij het lezen van de YAML", // content.outOfMemory
        "een {what} kan niet zijn eigen vertaling zijn", // content.ownTranslation
        "vragen ({names})", // content.questions
        "'{retired}' hoort niet meer bij het formaat: {instead}", // content.retiredKey
        "gedeeltelijke punten tussen strategiefamilies volgen nu de theorie (de terrorist: de energie benutten; de gijzelaar, de intolerante en de anarchist: afscheid nemen als laatste middel); haal het weg", // content.retiredStrategyCredit
        "scenario '{scenario}' staat al in deze cursus (op {value1})", // content.scenarioTwiceInCourse
        "hier begint een tweede YAML-document; een inhoudsbestand bevat er precies één", // content.secondDocument
        "een tweede scorebestand; {first} legt de gewichten al vast", // content.secondScoringFile
        "antwoord {value1} van stap '{id}' heeft een regieaanwijzing ({direction}): een antwoord bevat alleen de gesproken woorden, anders verraadt de aanwijzing hoe goed het is", // content.stageDirectionInReply
        "stap '{id}' heeft een regieaanwijzing in 'say' ({direction}): 'say' bevat alleen wat de klant zegt; zet wat er gebeurt in 'narration'", // content.stageDirectionInSay
        "stap '{id}'", // content.step
        "tag '{tag}' komt alleen voor bij klanten van het type {rawValue}: in de lijst verraadt hij het type", // content.tagGivesTypeAway
        "de nesting is dieper dan {maximumDepth} niveaus", // content.tooDeep
        "het scenario heeft te veel paden (meer dan {limit} toestanden) om na te gaan welke uitkomst elk einde kan hebben", // content.tooManyPaths
        "te veel problemen; gestopt na {maximumDiagnostics}", // content.tooManyProblems
        "een scenario heeft hoogstens {maximumSteps} stappen; dit heeft er {count}", // content.tooManySteps
        "'{target}' heeft geen vertaling", // content.translationMissing
        "'{target}' noemt '{other}' als vertaling, niet '{id}'", // content.translationNamesOther
        "vertaling '{target}' verwijst niet terug: {back}", // content.translationOneWay
        "vertaling '{target}' is ook in '{rawValue}'; een vertaling moet in de andere taal zijn", // content.translationSameLanguage
        "vertaling '{target}': er is geen {what} met die id{hint}", // content.translationUnknown
        "{path} (naast het programma)", // content.tried.beside
        "{path} (de huidige map)", // content.tried.here
        "{path} (naast het programma geïnstalleerd)", // content.tried.installed
        "{path} ({via}): geen map", // content.tried.notFolder
        "antwoord {value1} van stap '{id}' maakt van de klant het type {rawValue}, een verandering die de klanttypen niet beschrijven; leg haar uit in de feedback en noem het type", // content.typeChangeUnexplained
        "{field} van het scenario zegt '{word}': zo is het type van de klant genoemd voordat de cursist het doet", // content.typeNamedInScenario
        "{field} van stap '{id}' zegt '{value1}', een woord uit de eigen beschrijving van het type {rawValue}: beschrijf gedrag dat de cursist zelf moet duiden", // content.typeWordInText
        "{rawValue} '{answer}' bestaat niet{hint} (een van {value2})", // content.unknownAnswer
        "onbekende sleutel '{value}' in {what}{hint}", // content.unknownKey
        "{kind} '{value}' bestaat niet{hint}", // content.unknownName
        "onbekend scenario '{id}'{hint}", // content.unknownScenario
        "onbekende stap of onbekend einde '{target}'{hint}", // content.unknownTarget
        "einde '{id}' is onbereikbaar: geen pad vanaf start '{start}' leidt erheen", // content.unreachableEnding
        "stap '{id}' is onbereikbaar: geen pad vanaf start '{start}' leidt erheen", // content.unreachableStep
        "keuze", // content.word.choice
        "begripsvraag", // content.word.conceptQuestion
        "cursus", // content.word.course
        "klant", // content.word.customer
        "klanttype", // content.word.customerType
        "bestand", // content.word.file
        "map", // content.word.folder
        "taal", // content.word.language
        "pad", // content.word.path
        "fase", // content.word.phase
        "vraag", // content.word.question
        "scenario", // content.word.scenario
        "scenario-ids", // content.word.scenarioIds
        "SERVQUAL-dimensie", // content.word.servqualDimension
        "SERVQUAL-dimensies", // content.word.servqualDimensions
        "teksten", // content.word.texts
        "een gewicht van 0 tot en met 1000", // content.word.weight
        "YAML-aliassen ('*{value1}') zijn niet toegestaan in inhoudsbestanden", // content.yamlAlias
        "YAML-ankers ('&{value1}') zijn niet toegestaan in inhoudsbestanden", // content.yamlAnchor
        "{error}; tekst met ': ' erin moet tussen aanhalingstekens, zoals in say: \"Kijk: zo zit het.\"", // content.yamlColon
        "{key}", // content.yamlKey
        "YAML-syntaxfout: {problem}", // content.yamlSyntax
        "tabs zijn in YAML niet toegestaan om in te springen; gebruik spaties ({error})", // content.yamlTabs
        "YAML-tags ('{name}') zijn niet toegestaan in inhoudsbestanden", // content.yamlTag
        "bondgenoot", // customerType.ally.name
        "komt positief binnen, helpt mee, geeft feedback die anderen overnemen", // customerType.ally.reminder
        "anarchist", // customerType.anarchist.name
        "heeft een hekel aan regels en systemen; wil een uitzondering", // customerType.anarchist.reminder
        "gijzelaar", // customerType.hostage.name
        "heeft je nodig maar zit contractueel vast; niet positief", // customerType.hostage.reminder
        "incompetent", // customerType.incompetent.name
        "raakt de weg kwijt in procedures; voelt zich bedreigd, komt niet terug", // customerType.incompetent.reminder
        "intolerant", // customerType.intolerant.name
        "zelden geduldig; zorgt voor stress bij personeel en anderen", // customerType.intolerant.reminder
        "patiënt", // customerType.patient.name
        "zit vast aan de dienst; volgt de regels, voorlopig", // customerType.patient.reminder
        "terrorist", // customerType.terrorist.name
        "valt aan wanneer je het niet verwacht, waar iedereen bij is", // customerType.terrorist.reminder
        "tolerant", // customerType.tolerant.name
        "wacht geduldig tot hij gezien wordt; raakt snel over het hoofd gezien", // customerType.tolerant.reminder
        "slachtoffer", // customerType.victim.name
        "alles gaat bij hem mis; blaast het op of legt zich erbij neer", // customerType.victim.reminder
        "{average} ({count}×)", // dashboard.average
        "Gemiddelde per scenario", // dashboard.averages
        "(tussen scenario's)", // dashboard.between
        "verbonden", // dashboard.bigConnected
        "% goed", // dashboard.bigRight
        "Genoemd type (→) bij het echte type (↓)", // dashboard.confusion
        "{count} van {total} verbonden", // dashboard.connected
        "Beslissing", // dashboard.decision
        "Serversleutel:", // dashboard.fingerprint
        "p projector   ↑↓ scrollen   q stoppen", // dashboard.hints
        "Aansluiten:", // dashboard.join
        "begrip", // dashboard.kind.concept
        "type", // dashboard.kind.identify
        "gestopt", // dashboard.kind.quit
        "antwoord", // dashboard.kind.reply
        "strategie", // dashboard.kind.strategy
        "tijd op", // dashboard.kind.timeout
        "Meest verward (echt → genoemd)", // dashboard.mostConfused
        "Nog geen scenario afgerond.", // dashboard.noAverages
        "Nog geen type verkeerd genoemd.", // dashboard.noConfusion
        "Nog geen klasgegevens: start de klas met 'ally serve --class NAAM'.", // dashboard.noState
        "Er is nog niemand binnen.", // dashboard.nobody
        "Aan", // dashboard.online
        "{truth} → {guess}  {count}×", // dashboard.pair
        "p namen   q stoppen", // dashboard.projectorHints
        "goed", // dashboard.right
        "Scenario", // dashboard.scenario
        "Score", // dashboard.score
        "De server draait niet: dit is de klas zoals die het laatst was.", // dashboard.serverStopped
        "Tijd", // dashboard.time
        "Ally · klas {name} · live", // dashboard.title
        "Cursist", // dashboard.trainee
        "fout", // dashboard.wrong
        "(geen antwoord)", // debrief.noAnswer
        "(te lang gewacht)", // debrief.waitedTooLong
        "goedkeurder", // decisionRole.approver.name
        "zet een handtekening onder wat anderen voorstellen", // decisionRole.approver.reminder
        "koper", // decisionRole.buyer.name
        "kiest de leverancier en onderhandelt over de voorwaarden", // decisionRole.buyer.reminder
        "beslisser", // decisionRole.decider.name
        "neemt de uiteindelijke beslissing", // decisionRole.decider.reminder
        "poortwachter", // decisionRole.gatekeeper.name
        "bepaalt wie en wat de anderen bereikt", // decisionRole.gatekeeper.reminder
        "beïnvloeder", // decisionRole.influencer.name
        "adviseert; zijn mening weegt mee bij de anderen", // decisionRole.influencer.reminder
        "initiatiefnemer", // decisionRole.initiator.name
        "ziet de behoefte als eerste en zet het in gang", // decisionRole.initiator.reminder
        "inkoper", // decisionRole.purchaser.name
        "plaatst de bestelling en regelt de betaling", // decisionRole.purchaser.reminder
        "gebruiker", // decisionRole.user.name
        "gaat de dienst dagelijks gebruiken", // decisionRole.user.reminder
        "Einde van de invoer: de oefening stopt hier; je antwoorden tot nu toe zijn bewaard.", // drill.endOfInput
        "Oefenen voor {trainee}: {count} rondes. Antwoord met een nummer en Enter; q stopt.", // drill.intro
        "Antwoord met een nummer van 1 tot en met {count}, of q om te stoppen.", // drill.invalid
        "Niets om te oefenen: geen scenario in deze taal stelt die vraag.", // drill.nothing
        "Ronde {k} van {n}", // drill.round
        "{Right}: {why}.", // engine.concept.right
        "Niet {chosen} maar {right}: {why}.", // engine.concept.wrong
        "Dit is {type}, niet {named}: {reminder}. Beide vragen om {family}.", // engine.identification.partly
        "{Type}: {reminder}.", // engine.identification.right
        "Dit is {type}, niet {named}: {reminder}.", // engine.identification.wrong
        "Er was een beter antwoord.", // engine.noFeedback.better
        "Een sterk antwoord.", // engine.noFeedback.strong
        "Je hebt het gesprek verlaten.", // engine.quit
        "Bij {type} is {best} het antwoord: {why}.", // engine.strategy.lastResort
        "Afscheid nemen geeft een klant op die nog bondgenoot kan worden: de slechtste keuze. Kies {best}: {why}.", // engine.strategy.partingWays
        "{Best}: {why}.", // engine.strategy.right
        "{Type} wordt een bondgenoot door {best}: {why}.", // engine.strategy.wrong
        "Je wachtte te lang: een traag antwoord is slechte service.", // engine.timedOut
        "het type {type}", // engine.typePhrase
        "pogingen", // gradebook.attempts
        "beste", // gradebook.best
        "Nog geen gescoorde pogingen.", // gradebook.empty
        "laatste", // gradebook.last
        "gemiddeld", // gradebook.mean
        "naam", // gradebook.name
        "scenario", // gradebook.scenario
        "cursist", // gradebook.trainee
        "vraagt:", // graph.asks
        "(verder hieronder)", // graph.continuedBelow
        "(ontbreekt)", // graph.missing
        "{file} bevat geen scenario dat gelezen kan worden; herstel eerst de fouten hierboven.", // graph.noScenario
        "(zie boven)", // graph.seeAbove
        "de tijd is om", // graph.timeRunsOut
        "Een terminaltrainer voor rollenspel in de klantenservice.", // help.ally.abstract
        "Klanten komen naar de balie en praten. Benoem het klanttype, kies de strategie die van deze klant een bondgenoot maakt, en speel het gesprek uit.\n\nScenario's zijn YAML-bestanden in Content/ (zie Content/README.md).\n\nVOORBEELDEN\n  ally                         de trainer op het hele scherm (ally train)\n  ally play --plain --lang nl  regel voor regel: schermlezers, scripts\n  ally check                   elke fout in de inhoud\n  ally check nl/nieuw.yaml     één bestand, met de bibliotheek waarin het staat\n  ally new scenario --type victim --lang nl --id pakket-kwijt-nl\n  ally progress --plain        beheersing per type, verwarringsmatrix\n  ally report --format csv     een cijferlijst voor Moodle\n  ally sync                    xAPI naar de LRS uit het instellingenbestand\n  ally serve --class maandag-a een klas via SSH\n  ally config                  elke instelling en waar die vandaan komt\n\nOMGEVING\n  LC_ALL, LC_MESSAGES, LANG  de taal van de interface, tenzij --lang\n                             of het instellingenbestand er een kiest\n  NO_COLOR                   geen kleur (zoals --monochrome)\n  ALLY_CONTENT               mappen met inhoud, ':' ertussen\n  ALLY_SITE                  de site van de xAPI-statements (--site)\n  ALLY_LRS_PASSWORD          het LRS-wachtwoord voor ally sync\n  XDG_CONFIG_HOME            de map van het instellingenbestand (~/.config)\n  XDG_DATA_HOME              de map van de voortgang\n                             (~/.local/share)\n  TERM                       de terminal; TERM=dumb: gebruik --plain\n\nBESTANDEN\n  $XDG_CONFIG_HOME/ally/config.yaml  de instellingen van de gebruiker\n  /etc/ally/config.yaml              de instellingen van de computer\n  $XDG_DATA_HOME/ally/ally.sqlite    voortgang en de xAPI-wachtrij\n  /usr/share/ally/Content            de geïnstalleerde bibliotheek\n                                     (../share/ally/Content\n                                     naast het programma)\n\nAFSLUITSTATUS\n  0    gelukt (ally check: geen fouten; alleen waarschuwingen is goed)\n  1    fouten in de inhoud, een gestopte sync, een onbruikbare opslag\n  2    ontbreekt of onleesbaar: inhoud, een bestand, het instellingenbestand\n  64   verkeerd gebruik: onbekende opdracht of optie, foute waarde\n  130  gestopt met Ctrl-C; 143 door SIGTERM (128 + het signaal)", // help.ally.discussion
        "Controleer scenariobestanden en toon elke fout als bestand:regel:kolom: melding.", // help.check.abstract
        "Een bestand wordt gecontroleerd met de bibliotheek waar het bij hoort: de dichtstbijzijnde map erboven met scenario.schema.json, boven op de ingestelde mappen met inhoud, zodat vertalingen en id's gecontroleerd worden zoals de trainer ze ziet. Een fout die uit een andere volgt (een verwijzing naar een bestand dat niet laadt) wordt niet nog eens gemeld: herstel de oorzaak en controleer opnieuw.\n\nElke melding is één regel, bestand:regel:kolom: ernst: melding, gevolgd door de regel waar ze naar wijst met een ^ onder de kolom (in kleur op een terminal, tenzij NO_COLOR is gezet). --format json schrijft een document met een versienummer (docs/check-json.md); github en sarif zijn voor CI en code scanning.\n\nVOORBEELDEN\n  ally check                              de hele inhoud (elke ingestelde map)\n  ally check Content/nl/garage-warranty.yaml\n  ally check - < concept.yaml             een bestand van de standaardinvoer, met de\n                                          bibliotheek van de werkmap\n  ally check --format json > problemen.json\n\nAFSLUITSTATUS\n  0 zonder fouten (alleen waarschuwingen is goed), 1 bij een fout, 2 als er niets te lezen was.", // help.check.discussion
        "Uitvoervorm: text, json, github (workflow-opdrachten voor GitHub Actions) of sarif (SARIF 2.1.0 voor code scanning; de regel-id's zijn de codes van de meldingen).", // help.check.format
        "Bestanden of mappen om te controleren (standaard: de map met inhoud); - leest één bestand van de standaardinvoer.", // help.check.paths
        "Volg een les live, of rapporteer de resultaten ervan.", // help.class.abstract
        "De naam van de les.", // help.class.className
        "Rapporteer de live-sessies van een klas: per vraag de verdeling van de antwoorden, of per cursist de antwoorden (tabel of CSV).", // help.classLive.abstract
        "question: de verdeling per vraag; trainee: de antwoorden van elke cursist.", // help.classLive.by
        "--by question (standaard): sessie, vraag (vanaf 1), stap, antwoord, aantal. --by trainee: sessie, vraag, stap, cursist, antwoord, seconden, geteld (of de onthulling het voor de voortgang telde). Een antwoord heet zoals op de klasverbinding: identify:TYPE, strategy:FAMILIE, concept:SOORT:ID, reply:N (N vanaf 0, de volgorde in het bestand).", // help.classLive.discussion
        "table of csv.", // help.classLive.format
        "Eén live-sessie (haar id, live-…); zonder deze optie alle sessies.", // help.classLive.run
        "Rapporteer de resultaten van een les: tabel, CSV (Moodle), JSON of xAPI 1.0.3-statements.", // help.classReport.abstract
        "Het rapport dat 'ally report' schrijft (zie de hulp daarvan en docs/roster.md), over de opslag van de les, met de deelnemerslijst en de cursus waarmee de les begon (of --roster, --course). csv: het Moodle-cijferbestand, één regel per cursist op de lijst. json: per cursist de inlognaam, de Moodle-identificatie, de naam, en per kolom de beste score en het aantal pogingen. attempts: elke poging in de opslag van de les. xapi: de statements van de pogingen met context.registration (de lesronde), de les als groeperende activiteit en, met --instructor, de docent.", // help.classReport.discussion
        "De accountnaam van de docent, voor context.instructor in xAPI.", // help.classReport.instructor
        "Rapporteer de live-sessies van de klas in plaats van de cijferlijst: 'question' voor de verdeling per vraag, 'trainee' voor de antwoorden per cursist (table of csv; xapi neemt ze altijd mee).", // help.classReport.live
        "De opslag van de les, voor een les onder de eigen sshd van de school (standaard: die in de lesmap).", // help.classReport.store
        "Het live overzicht van een les voor de docent: cursisten, de heatmap van verwarringen, gemiddelden.", // help.classWatch.abstract
        "De lesmap (wat 'ally serve' doorgeeft).", // help.classWatch.classFolder
        "De descriptor van de verbinding met de server, voor live-sessies (wat 'ally serve' doorgeeft).", // help.classWatch.classLink
        "De map met inhoud, voor live-sessies (wat 'ally serve' doorgeeft).", // help.classWatch.content
        "Toetsen: p schakelt de beamerweergave (grote cijfers, geen namen), ↑↓ scrollen, q stopt.", // help.classWatch.discussion
        "Begin in de beamerweergave: grote cijfers, geen namen.", // help.classWatch.projector
        "Taal van de interface: {codes} (standaard: uit LC_ALL / LANG).", // help.commonOptions.lang
        "De voortgangsopslag (SQLite).", // help.commonOptions.store
        "Standaard: 'store' in het instellingenbestand, anders $XDG_DATA_HOME/ally/ally.sqlite, anders ~/.local/share/ally/ally.sqlite.", // help.commonOptions.storeDefault
        "Van wie de voortgang is (standaard: de naam die in de opslag bewaard is, anders $USER).", // help.commonOptions.trainee
        "Toon elke geldende instelling en waar die vandaan komt (een optie, de omgeving, een instellingenbestand, de standaard).", // help.config.abstract
        "Ally leest $XDG_CONFIG_HOME/ally/config.yaml (anders ~/.config/ally/config.yaml), daarna /etc/ally/config.yaml; het eerste bestand dat een waarde zet, wint, en opties gaan voor allebei. De instellingen: {settings}.\n\nVOORBEELDBESTAND\n  site: https://school.example.org/ally\n  pass-mark: 70\n  lrs: https://lrs.school.example.org/xAPI\n  lrs-user: ally\n  language: nl\n  content:\n    - /srv/ally/school      # de eigen scenario's van de school, bovenop\n    - /usr/share/ally/Content\n  store: /srv/ally/ally.sqlite\n\nRelatieve paden gelden vanuit de map van het instellingenbestand. Het LRS-wachtwoord staat er nooit in: geef het in $ALLY_LRS_PASSWORD.", // help.config.discussion
        "De map met scenariobestanden.", // help.contentOptions.content
        "Standaard: $ALLY_CONTENT (mappen gescheiden door ':', de eerste bovenop), anders 'content' in het instellingenbestand, anders ./Content, anders de Content die naast het programma is geïnstalleerd.", // help.contentOptions.contentDefault
        "Snelle rondes: benoem het type klant en de strategie, of beantwoord een vraag over een begrip.", // help.drill.abstract
        "De rondes nemen de kaarten die weer aan de beurt zijn (Leitner-bakken: bak 1 meteen, bak 2 na 1 dag, 3 na 3, 4 na 7, 5 na 14; een precies goed antwoord zet een kaart een bak hoger, een type uit de goede familie houdt haar waar ze is, een fout antwoord zet haar terug in bak 1) en daarvan eerst die met de laagste beheersing. Een kaart is een klanttype (uit de opening van een scenario) of een antwoord op een vraag over een begrip (rol, servicekloof, afhandeling, meten, kenmerk, basis, segment) uit een stap die ernaar vraagt; zulke kaarten doen mee zodra je dat soort vraag hebt gehad, of met --only. Elk antwoord wordt bewaard voordat de volgende vraag verschijnt.", // help.drill.discussion
        "Oefen maar één soort vraag: identify (de typen), of {kinds}.", // help.drill.only
        "Hoeveel rondes.", // help.drill.rounds
        "Beginwaarde voor de volgorde en de gekozen scenario's (om een sessie te herhalen).", // help.drill.seed
        "Teken de stappen en keuzes van een scenario als boom (of als Graphviz DOT).", // help.graph.abstract
        "Eindes tonen hun uitkomst (■), typeveranderingen staan er als ⇒, stappen met tijdslimiet als ⏱.\nVoor een plaatje: ally graph BESTAND --format dot | dot -Tsvg > graph.svg", // help.graph.discussion
        "Het scenariobestand.", // help.graph.file
        "tree (voor de terminal) of dot (voor Graphviz).", // help.graph.format
        "Maak nieuwe inhoud vanuit een skelet met toelichting.", // help.new.abstract
        "Een begripsvraag die de tweede stap ook stelt: {kinds}.", // help.new.ask
        "Het komt in <inhoud>/<taal>/<id>.yaml tenzij --output is gegeven; een bestaand bestand wordt nooit overschreven. Is de map met inhoud met het systeem geïnstalleerd (/usr/share/ally/Content), dan komt het bestand in de huidige map: er wordt niets in een systeemmap geschreven. De eerste regel noemt het schema als pad vanuit de map van het bestand zelf, voor yaml-language-server.\n\nVOORBEELDEN\n  ally new scenario --type hostage --lang nl --id werkplaats-terug-nl\n  ally new scenario --type victim --lang en --output ~/school/en/lost-parcel-en.yaml\n  ally new scenario --type tolerant --lang en --output -     (naar standaarduitvoer)", // help.new.discussion
        "De id van het scenario, [a-z0-9-]+ (standaard: new-scenario-<taal>; een id noemt het type niet).", // help.new.id
        "De taal van het scenario: en of nl.", // help.new.lang
        "Waar het bestand komt ('-' voor standaarduitvoer).", // help.new.output
        "Schrijf een scenarioskelet met uitleg dat zonder fouten door de controle komt.", // help.new.scenario.abstract
        "Het type van de klant: {types}.", // help.new.type
        "Speel een scenario (--plain: regel voor regel, voor schermlezers, pipes en scripts).", // help.play.abstract
        "Spelen per regel: genummerde keuzes, gelezen van de standaardinvoer.", // help.play.plain
        "Het scenario om te spelen (standaard: kies uit een lijst).", // help.play.scenario
        "Spelen zonder tijdslimieten, voor cursisten die langzaam lezen (de nabespreking en de rapporten melden het).", // help.playOptions.noTimers
        "Speel één scenariobestand op het hele scherm en lees het opnieuw zodra het verandert (er wordt niets bewaard).", // help.preview.abstract
        "Voor auteurs: houd het bestand ernaast open in een editor. Bij elke keer bewaren wordt het spel opnieuw gelezen en gaat het verder bij dezelfde beslissing als de vastgelegde beslissingen nog passen; fouten verschijnen op het scherm als bestand:regel:kolom: melding. r leest meteen opnieuw, q of Esc stopt.", // help.preview.discussion
        "Het scenariobestand.", // help.preview.file
        "Geen kleur: alleen vet, omgekeerd en onderstreept (NO_COLOR doet hetzelfde).", // help.preview.monochrome
        "Toon de voortgang van een cursist: beheersing, verwarringsmatrix, scoreverloop, recente pogingen.", // help.progress.abstract
        "Platte tekst voor pipes en schermlezers (het schermoverzicht staat in het menu van de trainer).", // help.progress.plain
        "Kijk een poging stap voor stap terug: wat er gekozen is, wat ideaal was, en de feedback.", // help.replay.abstract
        "De id van de poging.", // help.replay.attempt
        "De ids van pogingen staan in 'ally progress --plain' en 'ally report'.", // help.replay.discussion
        "Resultaten rapporteren: de cijferlijst als tabel, CSV (Moodle) of JSON, elke poging, of xAPI-statements.", // help.report.abstract
        "De klas waarin de pogingen gespeeld zijn, als groeperende activiteit.", // help.report.classGroup
        "Alleen de scenario's van deze cursus, in haar volgorde (standaard: de cursus van een klas, anders elk scenario).", // help.report.course
        "csv: een cijferlijst voor de cijferimport van Moodle. De eerste kolom noemt de cursist: met --roster de Moodle-gebruikersnaam of het e-mailadres uit de deelnemerslijst (de kop zegt welke: 'username' of 'email'; wie niet op de lijst staat, wordt weggelaten en op standaardfout genoemd, want één onbekende gebruiker laat de hele import van Moodle mislukken); zonder lijst de naam van de cursist in Ally, die dan de Moodle-gebruikersnaam moet zijn. Daarna één kolom per scenario uit de bibliotheek (of uit --course), waarbij een scenario en zijn vertaling één kolom delen, met de beste score, of '-' waar die er niet is (\"geen cijfer\" in Moodle; een lege cel zou 0 worden). De kolommen komen uit de inhoud, niet uit wat gespeeld is, zodat ze steeds op dezelfde cijferonderdelen uitkomen. --excel schrijft een UTF-8-bytevolgordemarkering en ';' voor spreadsheets met Nederlandse instellingen; Moodle leest beide (kies als scheidingsteken \"puntkomma\"). De opmaak van de deelnemerslijst: docs/roster.md.\njson: dezelfde cijferlijst, een regel per cursist: de inlognaam, de Moodle-identificatie, de naam, en per kolom de beste score en het aantal pogingen.\nattempts: elke poging, als JSON (id, trainee, scenario, title, customerType, started, finished, total, outcome, seconds, untimed).\nxapi: de statements van elke poging (docs/xapi.md), met dezelfde id's die 'ally sync' verstuurt.", // help.report.discussion
        "CSV voor een spreadsheet: een UTF-8-bytevolgordemarkering en ';' tussen de velden.", // help.report.excel
        "table, csv of json (de cijferlijst), attempts (elke poging, als JSON) of xapi.", // help.report.format
        "De laagste score die als geslaagd telt (0 tot en met 100; 'none': elke poging is 'completed').", // help.report.passMark
        "Een deelnemerslijst: inlognaam, Moodle-gebruikersnaam of e-mailadres, en naam (zie docs/roster.md; voor een klas standaard: de lijst waarmee ze begon).", // help.report.roster
        "Je site: de startpagina van de accounts van de cursisten en de basis van de activiteit-id's, een http(s)-adres (standaard: $ALLY_SITE, anders {site}).", // help.report.site
        "Alleen deze cursist (standaard: iedereen).", // help.report.trainee
        "Teken schermen van een vastgelegd spel als SVG (80 bij 24), voor de README.", // help.screenshots.abstract
        "De map waarin de SVG-bestanden komen.", // help.screenshots.output
        "Geef een les via SSH: elke cursist die inlogt, krijgt de trainer.", // help.serve.abstract
        "Een adres om op te luisteren; herhaal de optie voor meer (standaard: 0.0.0.0 en ::, elke netwerkaansluiting via IPv4 en IPv6; 127.0.0.1: alleen deze computer).", // help.serve.address
        "Een authorized_keys-bestand waarvan de sleutels zonder klascode mogen inloggen; een sleutel met het woord ally-instructor in het commentaar opent het overzicht voor de docent.", // help.serve.authorizedKeys
        "De naam van de les (letters, cijfers, - en _).", // help.serve.className
        "De lescode die cursisten als wachtwoord typen (standaard: één keer bedacht en bewaard in de lesmap).", // help.serve.code
        "De cursus van de klas: elke cursist speelt die op volgorde en gaat verder waar hij gebleven was.", // help.serve.course
        "Cursisten doen mee met 'ssh -p POORT NAAM@SERVER' vanaf Windows, macOS of Linux; de naam (letters, cijfers, - en _) is hun naam in de les, en de lescode is het wachtwoord. De voortgang van de les komt in één opslag in de lesmap ($XDG_DATA_HOME/ally/classes/NAAM, anders ~/.local/share/ally/classes/NAAM).", // help.serve.discussion
        "Milliseconden die een mislukte login wacht voor het antwoord.", // help.serve.failureDelay
        "De Ed25519-hostsleutel, in OpenSSH-vorm (standaard: host_ed25519_key in de lesmap, één keer gemaakt).", // help.serve.hostKey
        "Minuten zonder toets voordat een sessie sluit; de plek wordt bewaard (0: nooit).", // help.serve.idleTimeout
        "Seconden die een verbinding heeft om in te loggen.", // help.serve.loginGrace
        "Hoeveel verbindingen er hoogstens tegelijk open zijn.", // help.serve.maxConnections
        "Hoeveel verbindingen van één adres tegelijk mogen inloggen (een lokaal achter één NAT-adres logt tegelijk in).", // help.serve.maxLoggingInPerAddress
        "Hoeveel minuten een sessie hoogstens duurt (0: geen grens).", // help.serve.maxSession
        "De TCP-poort om op te luisteren.", // help.serve.port
        "De deelnemerslijst van de klas, CSV met de kopregel handle,moodle,name (zie docs/roster.md; bewaard in de map van de klas voor het overzicht en de rapporten).", // help.serve.roster
        "De trainer voor een ForceCommand van sshd: de loginnaam is de cursist.", // help.session.abstract
        "Weigert te starten zonder terminal (ssh -T, een opdracht, een pipe) en voert SSH_ORIGINAL_COMMAND nooit uit. De loginnaam (letters, cijfers, - en _, hoogstens 32) is de naam van de cursist in de opslag.", // help.session.discussion
        "Stuur xAPI-statements naar een Learning Record Store; wat die niet heeft aangenomen, blijft in de wachtrij.", // help.sync.abstract
        "De ids van statements liggen vast, dus nog eens synchroniseren maakt nooit een dubbel statement. Is de LRS niet bereikbaar, dan gaat er niets verloren: de volgende sync stuurt wat nog in de wachtrij staat. Het wachtwoord mag ook uit $ALLY_LRS_PASSWORD komen; dan staat het niet in de proceslijst.\n\nVOORBEELDEN\n  ALLY_LRS_PASSWORD=geheim ally sync --lrs https://lrs.example.org/xAPI --user ally\n  ally sync                     met lrs en lrs-user in het instellingenbestand\n\nAFSLUITSTATUS\n  0 als alles is aangenomen; 1 als de sync stopte (de LRS onbereikbaar, inloggegevens geweigerd, of een fout op deze computer zoals een ontbrekend hulpprogramma ally-lrs) of een statement werd geweigerd.", // help.sync.discussion
        "Het basisadres van de LRS of de statements-bron ervan (standaard: 'lrs' in het instellingenbestand).", // help.sync.lrs
        "Wachtwoord voor HTTP Basic (standaard: $ALLY_LRS_PASSWORD).", // help.sync.password
        "Stuur elk statement opnieuw, bijvoorbeeld nadat de LRS zijn gegevens kwijt is (de vaste ids voorkomen dubbele).", // help.sync.resend
        "Alleen de statements van deze cursist (standaard: van iedereen).", // help.sync.trainee
        "Gebruiker voor HTTP Basic (standaard: 'lrs-user' in het instellingenbestand).", // help.sync.user
        "De trainer op het hele scherm (wat een kale 'ally' start).", // help.train.abstract
        "Meld aan 'ally serve' via deze descriptor (de server geeft hem door).", // help.train.classLink
        "Speel deze cursus op volgorde, vanaf waar de cursist is (wat 'ally serve --course' doorgeeft).", // help.train.course
        "Geen kleur: alleen vet, omgekeerd en onderstreept (NO_COLOR doet hetzelfde).", // help.train.monochrome
        "Spelen per regel in plaats van op het hele scherm (hetzelfde als 'ally play --plain').", // help.train.plain
        "Train als deze cursist, zonder het naamveld van het welkomstscherm (wat 'ally serve' en 'ally session' meegeven).", // help.train.trainee
        "Letters, cijfers, - en _, hoogstens 32.", // help.train.traineeRule
        "service na de aankoop", // kaminConcern.aftercare.name
        "specifiek: onderhoud en hulp na de koop", // kaminConcern.aftercare.reminder
        "beschikbare hulp", // kaminConcern.availability.name
        "basis: of er iemand is om te helpen", // kaminConcern.availability.reminder
        "vriendelijkheid", // kaminConcern.friendliness.name
        "specifiek: hoe het personeel de klant bejegent", // kaminConcern.friendliness.reminder
        "de prijs", // kaminConcern.price.name
        "specifiek: wat hij betaalt voor wat hij krijgt", // kaminConcern.price.reminder
        "betrouwbaar personeel", // kaminConcern.reliability.name
        "specifiek: het personeel doet wat het zegt", // kaminConcern.reliability.reminder
        "de omgeving", // kaminConcern.surroundings.name
        "basis: de plek zoals de klant die als eerste ziet", // kaminConcern.surroundings.reminder
        "Nederlands", // language.name
        "{count} van {total} hebben geantwoord", // liveDashboard.answered
        "Live: {title} · {phase}", // liveDashboard.heading
        "Live: {title} · vraag {round} · {phase}", // liveDashboard.headingRound
        "l live-ronde  n volgende  c sluit  r onthul  x verwijder › (↑↓ kies)  e einde  p projector  q stop", // liveDashboard.hints
        "verborgen tot de onthulling", // liveDashboard.histogramHidden
        "vult zich live", // liveDashboard.histogramLive
        "De klas was verdeeld bij vraag {list}.", // liveDashboard.list
        "Gelijke stand of geen antwoorden: druk het nummer van het antwoord dat de klas neemt.", // liveDashboard.needsPick
        "geen limiet", // liveDashboard.noLimit
        "De klas was het bij elke vraag eens.", // liveDashboard.noSplits
        "antwoorden gesloten", // liveDashboard.phase.closed
        "afgelopen", // liveDashboard.phase.ended
        "wachtruimte", // liveDashboard.phase.lobby
        "antwoorden", // liveDashboard.phase.open
        "onthuld", // liveDashboard.phase.revealed
        "Live-ronde: kies een scenario (Enter start, Esc annuleert)", // liveDashboard.pick
        "t antwoordtijd: {time} · h histogram: {histogram}", // liveDashboard.settings
        "{count} in de wachtruimte", // liveDashboard.waiting
        "Je antwoord is binnen. Je kunt het nog wijzigen tot het antwoorden sluit.", // liveScreen.answered
        "Wat zeg je?", // liveScreen.askReply
        "Welke strategie past?", // liveScreen.askStrategy
        "Welk type klant is dit?", // liveScreen.askType
        "Het antwoorden is gesloten. Wacht op de onthulling.", // liveScreen.closed
        "Het antwoorden is gesloten; deze vraag heb je niet beantwoord.", // liveScreen.closedNone
        "Bespreek het met de klas; de docent gaat verder.", // liveScreen.discuss
        "Live met de klas", // liveScreen.helpHeading
        "↑↓ 1-9         kies een antwoord", // liveScreen.helpLines
        "Enter          antwoord (wijzigen kan zolang het antwoorden open is)", // liveScreen.helpLines.2
        "antwoord", // liveScreen.keyAnswer
        "menu", // liveScreen.keyMenu
        "De docent start een live-ronde met de klas. Je eigen oefening is bewaard; je kunt er daarna mee verder.", // liveScreen.lobby
        "Geen antwoord was hier helemaal goed.", // liveScreen.noneRight
        "Je antwoord kon niet worden bewaard en telt dus nog niet. Kies het opnieuw.", // liveScreen.notSaved
        "Vraag {number}", // liveScreen.question
        "De docent heeft je uit deze live-ronde gehaald.", // liveScreen.removed
        "Juiste antwoord:", // liveScreen.rightAnswer
        "De live-ronde is voorbij. Je beantwoordde {answered} van de {asked} vragen, waarvan {right} goed. Alleen jij ziet dit.", // liveScreen.summary
        "Ally · live met de klas", // liveScreen.title
        "Dit scenario staat niet in je bibliotheek; wacht op de volgende vraag.", // liveScreen.unknownScenario
        "Wachten op de eerste vraag…", // liveScreen.waitingStart
        "Jouw antwoord:", // liveScreen.yourAnswer
        "de grote klanten", // measureTarget.big-customers.name
        "wie: wie het meest afneemt", // measureTarget.big-customers.reminder
        "loyaliteit", // measureTarget.loyalty.name
        "of de klant blijft en opnieuw koopt", // measureTarget.loyalty.reminder
        "de uitgesproken klanten", // measureTarget.outspoken.name
        "wie: de verrukte en de ontevreden klanten", // measureTarget.outspoken.reminder
        "algemene tevredenheid", // measureTarget.overall-satisfaction.name
        "hoe tevreden de klant is over de dienst als geheel", // measureTarget.overall-satisfaction.reminder
        "aanbevelingen", // measureTarget.referrals.name
        "of de klant anderen aanbrengt", // measureTarget.referrals.reminder
        "verrukt (trouw)", // outcome.delighted.name
        "ontevreden, klaagt (kan behouden worden)", // outcome.dissatisfied-complaining.name
        "ontevreden, zwijgt (kan niet behouden worden)", // outcome.dissatisfied-silent.name
        "tevreden (trouw)", // outcome.satisfied.name
        "Beslissing {k} van {n}", // plain.decision
        "Einde van de invoer: je hebt het scenario verlaten. Het blijft onafgemaakt; de volgende keer kun je verdergaan waar je was.", // plain.endOfInput
        "Je vorige poging aan dit scenario was al afgelopen voordat de uitslag bewaard was. De uitslag is nu bewaard:", // plain.endedBeforeSaved
        "ideaal", // plain.ideal
        "Het ideale pad", // plain.idealPath
        "Ally — klantenservicetrainer (tekstmodus). Antwoord met een nummer en Enter; q stopt.", // plain.intro
        "Antwoord met een nummer van 1 tot en met {count}, of q om te stoppen.", // plain.invalid
        "Je onafgemaakte poging blijft bewaard; de volgende keer kun je erin verder.", // plain.keptUnfinished
        "Je hebt het scenario verlaten; deze poging telt niet mee.", // plain.left
        "Je hebt het scenario verlaten. Het blijft onafgemaakt; de volgende keer kun je verdergaan waar je was.", // plain.leftBySignal
        "Stemming", // plain.mood
        "Er zijn geen scenario's in deze taal.", // plain.noScenarios
        "Nog niet bewaard: {reason}", // plain.notSaved
        "Welk scenario?", // plain.pickScenario
        "Je voortgang wordt deze keer niet bewaard: {reason}", // plain.playingUnsaved
        "verdergaan waar ik was", // plain.resume
        "Je hebt dit scenario onafgemaakt verlaten bij beslissing {k}. Verdergaan waar je was?", // plain.resumeQuestion
        "Scenario's", // plain.scenarioList
        "Score", // plain.score
        "opnieuw beginnen", // plain.startAgain
        "Tijd", // plain.time
        "(getimed: {seconds} s in de schermversie; geen klok in tekstmodus)", // plain.timed
        "Er is geen scenario '{id}'. 'ally play --plain' zonder --scenario toont ze.", // plain.unknownScenario
        "{count} beslissing(en) konden niet worden bewaard en zijn verloren: {reason}", // plain.unsaved
        "jij", // plain.you
        "Jouw beslissingen, met de ideale ernaast", // plain.yourPath
        "antwoordde {name}", // replay.answered
        "Poging #{id}", // replay.attempt
        "koos {name}", // replay.chose
        "Opgegeven: niet gescoord.", // replay.givenUp
        "(verliet het gesprek)", // replay.leftConversation
        "Beslissing {number} past niet bij het bewaarde scenario: {reason}", // replay.misfit
        "noemde het type {name}", // replay.namedType
        "Gespeeld {time} · inhoud {hash}", // replay.played
        "Onafgerond: de trainer biedt aan hier verder te gaan.", // replay.unfinished
        "bak {box}", // report.box
        "(bak 1 tot {boxes}: een goed antwoord zet een type een bak hoger en het komt later terug; een fout, terug naar bak 1)", // report.boxes
        "Verwarring: {kind} (rijen: het goede antwoord; kolommen: het jouwe; ?: geen antwoord)", // report.conceptConfusion
        "Begrippen (laatste {window} antwoorden)", // report.concepts
        "Verwarringsmatrix (rijen: het echte type; kolommen: het type dat je noemde; ?: geen antwoord)", // report.confusion
        "over {days} d", // report.dueIn
        "nu aan de beurt", // report.dueNow
        "Beheersing per klanttype (laatste {window} antwoorden)", // report.mastery
        "nog geen", // report.noneYet
        "Voortgang van {trainee}", // report.title
        "Scoreverloop", // report.trend
        "laatste {last}, gemiddeld {mean} over {count}, {scored} gescoord in totaal", // report.trendFigures
        "nog geen afgeronde pogingen", // report.trendNone
        "onafgerond (kan hervat worden)", // report.unfinished
        "deelnemerslijst {path}{at}: {message}", // reporting.at
        "er is geen cursus '{id}'; de cursussen zijn: {list}", // reporting.list
        "niet in het cijferbestand, want niet op de deelnemerslijst (Moodle breekt de hele import af bij een onbekende gebruiker): {named}", // reporting.named
        "'{value}' staat twee keer in de kolom {column} (eerst op regel {first})", // reporting.rosterDuplicate
        "de deelnemerslijst is leeg; ze begint met de regel handle,moodle,name", // reporting.rosterEmpty
        "3 velden verwacht (handle, moodle, name), {count} gevonden; zet een naam met het scheidingsteken tussen aanhalingstekens", // reporting.rosterFieldCount
        "de inlognaam '{handle}' mag alleen letters, cijfers, - en _ hebben (1 tot 32): het is de naam in de opslag en de SSH-login", // reporting.rosterHandle
        "de eerste regel moet de kopregel handle,moodle,name zijn", // reporting.rosterHeader
        "gebruikersnamen en e-mailadressen staan door elkaar (regel {line} heeft de andere soort); Moodle koppelt één gebruikersveld voor het hele bestand", // reporting.rosterMixed
        "de moodle-waarde van {handle} moet een Moodle-gebruikersnaam of e-mailadres zijn: 1 tot 100 tekens, zonder spaties of stuurtekens", // reporting.rosterMoodle
        "de naam van {handle} moet één regel van hoogstens 64 tekens zijn (is een aanhalingsteken niet gesloten?)", // reporting.rosterName
        "kan de deelnemerslijst {path} niet lezen", // reporting.rosterUnreadable
        "begrippen", // scorePart.concepts.name
        "gesprek", // scorePart.conversation.name
        "herkenning", // scorePart.identification.name
        "uitkomst", // scorePart.outcome.name
        "strategie", // scorePart.strategy.name
        "hoe ze te benaderen", // segmentBenefit.approach.name
        "hoe en via welk kanaal je elke groep aanspreekt", // segmentBenefit.approach.reminder
        "wat ze verwachten", // segmentBenefit.expectations.name
        "welke service elke groep denkt te krijgen", // segmentBenefit.expectations.reminder
        "hoeveel ze zelf meedoen", // segmentBenefit.participation.name
        "hoeveel van het werk elke groep zelf doet", // segmentBenefit.participation.reminder
        "hoe het proces aan te passen", // segmentBenefit.process.name
        "hoe het serviceproces past bij de wensen van elke groep", // segmentBenefit.process.reminder
        "hoe ze reageren", // segmentBenefit.reactions.name
        "hoe elke groep reageert, zodat je erop voorloopt", // segmentBenefit.reactions.reminder
        "wie de klanten zijn", // segmentBenefit.who.name
        "welke groepen de dienst echt gebruiken", // segmentBenefit.who.reminder
        "leveringskloof", // serviceGap.delivery.name
        "de specificaties bestaan, maar medewerkers doen iets anders", // serviceGap.delivery.reminder
        "kenniskloof", // serviceGap.knowledge.name
        "het management weet niet wat klanten verwachten", // serviceGap.knowledge.reminder
        "positioneringskloof", // serviceGap.positioning.name
        "wat beloofd wordt, verschilt van wat medewerkers doen", // serviceGap.positioning.reminder
        "standaardenkloof", // serviceGap.standards.name
        "wat het management wil, wordt andere specificaties", // serviceGap.standards.reminder
        "controleren en nogmaals controleren", // servicePhase.check.name
        "de deur openlaten", // servicePhase.door.name
        "begroeten en welkom heten", // servicePhase.greet.name
        "efficiënt invullen", // servicePhase.meet.name
        "behoeften vaststellen", // servicePhase.needs.name
        "zekerheid", // servqualDimension.assurance.name
        "kennis en hoffelijkheid die vertrouwen geven", // servqualDimension.assurance.reminder
        "empathie", // servqualDimension.empathy.name
        "persoonlijke aandacht voor deze klant", // servqualDimension.empathy.reminder
        "betrouwbaarheid", // servqualDimension.reliability.name
        "doen wat beloofd is, in één keer goed", // servqualDimension.reliability.reminder
        "responsiviteit", // servqualDimension.responsiveness.name
        "bereid en snel om te helpen", // servqualDimension.responsiveness.reminder
        "tastbare zaken", // servqualDimension.tangibles.name
        "de plek zelf: hoe die eruitziet en aanvoelt, helder en gastvrij", // servqualDimension.tangibles.reminder
        "Poging {attempt} is al afgerond en neemt geen beslissingen meer aan. Begin in plaats daarvan een nieuwe poging.", // store.attemptFinished
        "Kan de voortgangsopslag {path} niet openen: de map {folder} kan niet worden aangemaakt. Controleer of je daar mag schrijven, of kies een ander bestand met --store PAD.", // store.cannotCreateFolder
        "Poging {attempt} is in een andere terminal voortgezet (die heeft {found} beslissingen, deze verwachtte er {expected}); er is niets verloren. Open de poging opnieuw om verder te gaan waar ze staat.", // store.conflict
        "De voortgangsopslag {path} is beschadigd ({reason}); er is niets veranderd. Zet hem opzij (mv '{path}' '{path}.broken') om met een nieuwe te beginnen, en bewaar de beschadigde kopie voor je docent.", // store.corrupt
        "De schijf met {path} is vol, dus de laatste wijziging is niet bewaard; alles wat eerder bewaard is, is veilig. Maak wat ruimte vrij en probeer het opnieuw.", // store.diskFull
        "Kan de voortgangsopslag {path} niet openen: dat is een map, geen bestand. Kies een bestand met --store PAD.", // store.isFolder
        "De voortgangsopslag {path} bleef langer dan {seconds} s bezet door een ander programma; de laatste wijziging is niet bewaard. Wacht even en probeer het opnieuw, of sluit het andere programma.", // store.locked
        "De voortgangsopslag {path} is geschreven door een nieuwere versie van Ally (schema {schema}); er is niets veranderd. Werk Ally bij, of kies een ander bestand met --store PAD.", // store.newerVersion
        "Er is geen poging {attempt} in deze opslag. `ally progress --plain` toont de pogingen.", // store.noSuchAttempt
        "Er is geen voortgangsopslag geopend, dus er wordt niets bewaard.", // store.none
        "De voortgangsopslag {path} meldde een fout: {reason}. Probeer het opnieuw; blijft de fout, kies dan een ander bestand met --store PAD.", // store.other
        "De voortgangsopslag {path} is alleen-lezen, dus er kan niets bewaard worden. Maak het bestand en de map beschrijfbaar (chmod u+w), of kies een ander bestand met --store PAD.", // store.readOnly
        "Kan de voortgangsopslag {path} niet openen ({reason}). Controleer of het bestand en de map bestaan en gelezen en beschreven mogen worden, of kies een ander bestand met --store PAD.", // store.unreadable
        "begeleiden & ondersteunen", // strategyFamily.guide-and-support.name
        "neem ze bij de hand door de procedure en ondersteun ze", // strategyFamily.guide-and-support.summary
        "negatieve energie benutten", // strategyFamily.harness-negative-energy.name
        "betrek ze persoonlijk bij de organisatie en haar processen", // strategyFamily.harness-negative-energy.summary
        "informeren & betrekken", // strategyFamily.inform-and-involve.name
        "uitleggen, goed communiceren, betrekken bij het vormgeven van het proces", // strategyFamily.inform-and-involve.summary
        "behouden & benutten", // strategyFamily.keep-and-leverage.name
        "betrokken houden, om feedback vragen, hun woord voor je laten werken", // strategyFamily.keep-and-leverage.summary
        "afscheid nemen", // strategyFamily.part-ways.name
        "de relatie rustig en beslist beëindigen, en de andere klanten beschermen", // strategyFamily.part-ways.summary
        "Na je antwoord", // strings.afterReply
        "alle", // strings.all
        "Niets: elke beslissing was goed.", // strings.allRight
        "Ally", // strings.appName
        "Welk type klant is dit?", // strings.askIdentify
        "Wat antwoord je?", // strings.askReply
        "Welke strategie maakt van deze klant een bondgenoot?", // strings.askStrategy
        "Je hebt deze poging voor het einde verlaten.", // strings.attemptLeft
        "Deze poging kan niet worden teruggekeken: het verloop of de scenariotekst is niet beschikbaar.", // strings.cannotReplay
        "Kies een cursus", // strings.chooseCourse
        "Kies een scenario", // strings.chooseScenario
        "Dit scenario verlaten?", // strings.confirmLeave
        "rijen: echte type · kolommen: genoemd · diagonaal: goed · ?: geen antwoord", // strings.confusionLegend
        "Welk type je noemde", // strings.confusionMatrix
        "Het gesprek eindigt", // strings.conversationEnds
        "Dit was het laatste scenario van de cursus.", // strings.courseDone
        "Gaat verder bij {number}: {title}", // strings.courseGoesOn
        "cursus {index} van {count}", // strings.courseStep
        "Je ziet", // strings.cues
        "Klant", // strings.customer
        "De klant vertrekt ontevreden: zo'n poging haalt het niet, hoeveel punten ook.", // strings.customerLost
        "Nabespreking", // strings.debrief
        "beslissing {k} van {n}", // strings.decision
        "Moeilijkheid", // strings.difficulty
        "makkelijk", // strings.difficulty.easy
        "moeilijk", // strings.difficulty.hard
        "gemiddeld", // strings.difficulty.medium
        "Oefenen", // strings.drill
        "{played} ronde(s), {right} helemaal goed.", // strings.drillDone
        "Snelle rondes type en strategie, zwakste en geplande eerst.", // strings.drillNote
        "Er staan nog geen scenario's in Content/.", // strings.emptyLibrary
        "Maak het venster groter om verder te gaan, of druk op Ctrl-C om te stoppen; er gaat niets verloren.", // strings.enlarge
        "Feedback", // strings.feedbackLabel
        "Score {total}/100 · {outcome}", // strings.finalScore
        "opgegeven", // strings.givenUp
        "Hallo, {name}", // strings.hello
        "Hulp", // strings.help
        "Esc of q        terug (een scenario verlaten vraagt eerst)", // strings.helpBackLine
        "Een scenario kiezen", // strings.helpBrowser
        "l s d           filters: taal, omgeving, moeilijkheid", // strings.helpBrowserKeys.1
        "PgUp PgDn       tien scenario's omhoog of omlaag", // strings.helpBrowserKeys.2
        "✓ 85            al gespeeld; je beste score", // strings.helpBrowserKeys.3
        "Een cursus kiezen", // strings.helpCourses
        "1-9 of Enter    een cursus starten: de scenario's volgen op volgorde", // strings.helpCoursesKeys.1
        "                vanaf het eerste dat je nog niet hebt afgerond", // strings.helpCoursesKeys.2
        "Oefenen", // strings.helpDrill
        "↑ ↓ 1 – 9 Enter selecteren, dan antwoorden: type, dan strategie", // strings.helpDrillKeys.1
        "Enter           na de feedback: de volgende ronde", // strings.helpDrillKeys.2
        "Esc of q        stoppen en zien wat beter ging; nog eens: menu", // strings.helpDrillKeys.3
        "De vijf strategiefamilies", // strings.helpFamilies
        "↑ ↓ of j k      selectie verplaatsen, of een regel scrollen", // strings.helpKeyLines.1
        "1 – 9           een optie direct kiezen", // strings.helpKeyLines.2
        "Enter of spatie kiezen, verder", // strings.helpKeyLines.3
        "muis            klikken kiest; het wieltje werkt als ↑ ↓", // strings.helpKeyLines.4
        "?               deze hulp      Ctrl-C   direct afsluiten", // strings.helpKeyLines.5
        "Ctrl-Z          even naar de shell; fg haalt Ally terug", // strings.helpKeyLines.6
        "Toetsen", // strings.helpKeys
        "Toetsen per scherm", // strings.helpKeysPerScreen
        "In het menu", // strings.helpMenu
        "Esc of q        Ally verlaten (je voortgang blijft bewaard)", // strings.helpMenuKeys.1
        "De toetsen, de negen typen en de vijf strategiefamilies.", // strings.helpNote
        "Nabespreking en hulp", // strings.helpPages
        "↑ ↓ PgUp PgDn   een regel of een pagina scrollen", // strings.helpPagesKeys.1
        "Home End        naar het begin of het einde", // strings.helpPagesKeys.2
        "Enter           nabespreking: volgend cursusscenario, of het menu", // strings.helpPagesKeys.3
        "a               nabespreking: hetzelfde scenario opnieuw spelen", // strings.helpPagesKeys.4
        "Hoe een scenario werkt", // strings.helpPlay
        "Een klant praat. Benoem het type, kies de strategiefamilie die er een bondgenoot van maakt, en antwoord.", // strings.helpPlayLines.1
        "Sommige stappen hebben een tijdslimiet: te lang wachten is ook een antwoord, zelden een goed.", // strings.helpPlayLines.2
        "Elke beslissing krijgt direct feedback; de nabespreking zet jouw route naast de ideale.", // strings.helpPlayLines.3
        "Een scenario spelen", // strings.helpPlaying
        "1 – 9 of ↑ ↓    antwoord selecteren (eerst is niets geselecteerd)", // strings.helpPlayingKeys.1
        "Enter           antwoorden met de selectie (of nogmaals het cijfer)", // strings.helpPlayingKeys.2
        "PgUp PgDn       de woorden van de klant scrollen als ze lang zijn", // strings.helpPlayingKeys.3
        "Enter of →      na de feedback: door naar de volgende vraag", // strings.helpPlayingKeys.4
        "↑ ↓             lange feedback scrollen", // strings.helpPlayingKeys.5
        "In het voorbeeld", // strings.helpPreview
        "r               het bestand nu opnieuw lezen (bewaren doet dat ook)", // strings.helpPreviewKeys.1
        "Esc of q        het voorbeeld direct verlaten; niets wordt bewaard", // strings.helpPreviewKeys.2
        "Voortgang", // strings.helpProgress
        "↑ ↓             een recente poging kiezen; aan de randen scrollen", // strings.helpProgressKeys.1
        "Enter of 1 – 9  terugkijken, beslissing voor beslissing (of klik)", // strings.helpProgressKeys.2
        "PgUp PgDn       een pagina scrollen", // strings.helpProgressKeys.3
        "Home End        naar het begin of het einde", // strings.helpProgressKeys.4
        "Een poging terugkijken", // strings.helpReplay
        "← → of n p      vorige of volgende beslissing (Enter: volgende)", // strings.helpReplayKeys.1
        "↑ ↓ PgUp PgDn   een lange beslissing scrollen", // strings.helpReplayKeys.2
        "Home End        naar het begin of het einde", // strings.helpReplayKeys.3
        "Esc of q        terug naar je voortgang", // strings.helpReplayKeys.4
        "Hulp", // strings.helpTitle
        "r               geheugensteun bij de typen aan of uit", // strings.helpTrainerPlayingKeys.1
        "Esc of q        verlaten: 1 nu stoppen, 2 opgeven, 3 annuleren", // strings.helpTrainerPlayingKeys.2
        "De negen typen", // strings.helpTypes
        "In het welkomstscherm", // strings.helpWelcome
        "Tab of ↑ ↓      het andere veld", // strings.helpWelcomeKeys.1
        "← → of 1 2      de taal van de interface (in dat veld)", // strings.helpWelcomeKeys.2
        "Enter           beginnen      Esc   afsluiten", // strings.helpWelcomeKeys.3
        "SERVQUAL: vijf dimensies waarop klanten service beoordelen (betrouwbaarheid, responsiviteit, zekerheid, empathie, tastbare zaken). De nabespreking laat zien welke je antwoorden dienden.", // strings.helpWordLines.1
        "Bak 1 tot 5: hoe vaak een type terugkomt bij het oefenen. Een goed antwoord zet het een bak hoger, zodat het later terugkomt; een fout antwoord zet het terug in bak 1.", // strings.helpWordLines.2
        "Welk type je noemde: de rijen zijn het echte type van de klant, de kolommen het type dat je noemde (met de eerste letters), ? een vraag zonder antwoord.", // strings.helpWordLines.3
        "Woorden in de nabespreking en voortgang", // strings.helpWords
        "Ideaal", // strings.ideal
        "Ideaal", // strings.idealPath
        "De ideale route, antwoord voor antwoord", // strings.idealRoute
        "Wat is verbeterd:", // strings.improved
        "Taal van de interface", // strings.interfaceLanguage
        "terug", // strings.keyBack
        "annuleren", // strings.keyCancel
        "bevestig", // strings.keyChoose
        "sluiten", // strings.keyClose
        "verder", // strings.keyContinue
        "volgend veld", // strings.keyField
        "filters", // strings.keyFilters
        "hulp", // strings.keyHelp
        "taal", // strings.keyLanguage
        "stoppen", // strings.keyLeave
        "kies", // strings.keyMove
        "direct", // strings.keyPick
        "afsluiten", // strings.keyQuit
        "opnieuw laden", // strings.keyReload
        "geheugensteun", // strings.keyReminders
        "terugkijken", // strings.keyReplay
        "scrollen", // strings.keyScroll
        "stap", // strings.keyStep
        "stoppen", // strings.keyStop
        "nu stoppen", // strings.keyStopForNow
        "Taal", // strings.language
        "laatste {total}", // strings.lastScore
        "Annuleren: verder spelen", // strings.leaveCancel
        "Deze poging opgeven (telt als opgegeven)", // strings.leaveGiveUp
        "Enter, j of y: nu stoppen · Esc of n: annuleren", // strings.leaveKeys
        "Nu stoppen; later verdergaan via het menu", // strings.leaveLater
        "Menu", // strings.menuTitle
        "Beslissing {number} past niet bij het bewaarde scenario.", // strings.misfit
        "vaak aangezien voor {name}", // strings.mistakenFor
        "stemming", // strings.mood
        "Typ eerst je naam.", // strings.nameNeeded
        "nieuw", // strings.new
        "volgende ▶", // strings.next
        "volgend scenario", // strings.nextScenario
        "Nog geen afgeronde pogingen.", // strings.noAttempts
        "Er zijn nog geen cursussen in deze taal.", // strings.noCourses
        "Er zijn geen beslissingen vastgelegd.", // strings.noDecisions
        "De bibliotheek heeft geen scenario's om mee te oefenen.", // strings.noOpenings
        "Geen scenario's bij deze filters.", // strings.noScenarios
        "geen", // strings.none
        "nog niet ontmoet", // strings.notMet
        "nog niet gespeeld", // strings.notPlayed
        "niet getoetst", // strings.notTested
        "• Genoteerd", // strings.noted
        "Deze keer is niets verbeterd; dezelfde kaarten komen terug in de volgende oefening.", // strings.nothingImproved
        "Uitkomst", // strings.outcome
        "≈ Gedeeltelijk goed", // strings.partlyRight
        "opnieuw spelen", // strings.playAgain
        "Een cursus spelen", // strings.playCourse
        "Speel een reeks scenario's op volgorde, zoals in een les.", // strings.playCourseNote
        "Een scenario spelen", // strings.playScenario
        "Eén klant; kies op taal, omgeving en moeilijkheid.", // strings.playScenarioNote
        "Gespeeld zonder tijdslimieten.", // strings.playedUntimed
        "Oefen hierna", // strings.practiseNext
        "{file} kan niet gespeeld worden ({problems} probleem). Herstel en bewaar: het voorbeeld laadt opnieuw.", // strings.previewBroken.one
        "{file} kan niet gespeeld worden ({problems} problemen). Herstel en bewaar: het voorbeeld laadt opnieuw.", // strings.previewBroken.other
        "voorbeeld — niet bewaard", // strings.previewNotSaved
        "{file} wordt gelezen…", // strings.previewReading
        "Opnieuw geladen: je bent waar je was.", // strings.previewReloaded
        "Het bestand is veranderd en je beslissingen passen er niet meer in: opnieuw begonnen.", // strings.previewRestarted
        "◀ vorige", // strings.previous
        "Voortgang", // strings.progress
        "Voortgang wordt alleen voor deze sessie bewaard: de voortgangsopslag kon niet worden geopend.", // strings.progressNeedsStore
        "voortgang niet bewaard", // strings.progressNotSaved
        "Je pogingen en hoe goed je elk type herkent.", // strings.progressNote
        "Afsluiten", // strings.quit
        "Ally verlaten. Je voortgang blijft bewaard.", // strings.quitNote
        "Recente pogingen", // strings.recentAttempts
        "geheugensteun uit", // strings.remindersOff
        "Terugkijken", // strings.replay
        "Stap {number} · {phase}", // strings.replayStep
        "Jij", // strings.replayYou
        "Hervatten: {title}", // strings.resume
        "Je hebt een scenario niet afgemaakt; ga verder waar je was.", // strings.resumeNote
        "✓ Goed", // strings.right
        "ronde {k} van {n}", // strings.round
        "nog niet bewaard: opslag bezet", // strings.saveDelayed.busy
        "nog niet bewaard: schijf vol", // strings.saveDelayed.diskFull
        "Nog niet bewaard: een ander programma houdt de voortgang bezet. Ally houdt je antwoorden vast en bewaart ze, op volgorde, bij je volgende antwoord. Stop je eerder, dan zegt Ally wat niet bewaard is.", // strings.saveDelayedHelp.busy
        "Nog niet bewaard: de schijf is vol. Ally houdt je antwoorden vast en bewaart ze, op volgorde, zodra er ruimte is. Stop je eerder, dan zegt Ally wat niet bewaard is.", // strings.saveDelayedHelp.diskFull
        "1 scenario", // strings.scenarioCount.one
        "{count} scenario's", // strings.scenarioCount.other
        "Score per onderdeel", // strings.scoreSection
        "scores van de laatste {count}, oudste eerst:", // strings.scoreSparkline
        "{text} s", // strings.seconds
        "Servicekwaliteit in je antwoorden (de vijf SERVQUAL-dimensies)", // strings.servqualServed
        "Omgeving", // strings.setting
        "Achteruit", // strings.slipped
        "Lees de klant, benoem het type, maak er een bondgenoot van.", // strings.tagline
        "tijd", // strings.time
        "⏱ nog {seconds} s", // strings.timeLeft
        "Tijdslimiet", // strings.timeLimit
        "Zet tijdslimieten uit of weer aan; voor wie langzaam leest.", // strings.timeLimitsNote
        "Tijdslimieten: uit", // strings.timeLimitsOff
        "Tijdslimieten: aan", // strings.timeLimitsOn
        "Tijd per beslissing", // strings.timePerDecision
        "tijd per beslissing, eerste tot laatste:", // strings.timeSparkline
        "De tijd is om.", // strings.timeUp
        "bij sommige antwoorden", // strings.timed
        "bij sommige antwoorden (uit: --no-timers)", // strings.timedButOff
        "menu", // strings.toMenu
        "Dit vraagt 80×24; het venster is {columns}×{rows}.", // strings.tooSmall
        "score {points}/100", // strings.total
        "totaal", // strings.totalTime
        "{name} is van {from} veranderd in {to}.", // strings.typeChange
        "(typ je naam)", // strings.typeYourName
        "Hoe goed je elk type herkent", // strings.typesNamed
        "{detail}\n{count} wijziging(en) zijn niet bewaard, omdat de voortgangsopslag toen niet beschreven kon worden.", // strings.unsavedChanges
        "geen", // strings.untimed
        "Druk op Enter om te beginnen.", // strings.welcomeStart
        "Welkom bij Ally", // strings.welcomeTitle
        "Wat kan beter", // strings.whatWentWrong
        "✗ Fout", // strings.wrong
        "Je koos", // strings.youChose
        "Je beste score", // strings.yourBest
        "Je naam", // strings.yourName
        "Jouw route", // strings.yourPath
        "de LRS antwoordde HTTP {status} ({reason}); probeer het later opnieuw.", // sync.failed
        "kan {executable} niet starten: {reason}", // sync.helper.cannotStart
        "het HTTP-hulpprogramma {executable} is gestopt door signaal {signal}", // sync.helper.killed
        "het HTTP-hulpprogramma {executable} kon niet starten (afsluitstatus 127: er ontbreekt een bibliotheek die het nodig heeft; de melding van de lader staat hierboven)", // sync.helper.libraryMissing
        "kan {executable} niet starten: {reason} (het HTTP-hulpprogramma wordt gebouwd door 'swift build' en naast ally geïnstalleerd; 'swift run ally' alleen bouwt het niet)", // sync.helper.missing
        "het HTTP-hulpprogramma {executable} gaf geen antwoord (afsluitstatus {status})", // sync.helper.noAnswer
        "het HTTP-hulpprogramma {executable} kon niet worden uitgevoerd (afsluitstatus 126: niet uitvoerbaar)", // sync.helper.notExecutable
        "een fout op deze computer, niet bij de LRS: {fault}; installeer Ally opnieuw (ally-lrs hoort naast ally).", // sync.localFault
        "er is geen xAPI-statementsadres op {url} (HTTP 404); controleer --lrs.", // sync.notFound
        "de LRS weigerde de inloggegevens (HTTP {status}: {reason}); controleer --user en --password.", // sync.refused
        "Geweigerd: poging {attempt} (statement {statement}): {reason}", // sync.rejected
        "Geweigerd: antwoord uit live-ronde {run} (statement {statement}): {reason}", // sync.rejectedLive
        "Gestopt: {why} Er gaat niets verloren: de {queued} statement(s) in de wachtrij gaan mee met de volgende 'ally sync'.", // sync.stopped
        "{accepted} statement(s) aangenomen, {already} al in de LRS, {rejected} geweigerd, {queued} nog in de wachtrij.", // sync.summary
        "de LRS op {url} is niet bereikbaar ({error}).", // sync.unreachable
        "Een klant aan de balie", // template.aCustomerAtThe
        "Een geloofwaardig maar zwakker antwoord.", // template.aPlausibleReplyThat
        "een zichtbaar signaal", // template.aVisibleCue
        "Ga ervan uit dat u het al weet.", // template.assumeYouKnowAlready
        "Controleer nog eens en laat de deur open.", // template.checkAndReCheck
        "Correct, maar niet meer dan dat.", // template.correctButNothingMore
        "Vraag door naar de precieze behoefte.", // template.findOutTheSpecific
        "Hier hoort u nog van.", // template.hearFromMe
        "Is dat dan alles?", // template.isThatEverythingThen
        "Ze vertrekt zonder iets te zeggen.", // template.leavesSilently
        "Mevrouw Jansen", // template.msJansen
        "Laat maar.", // template.neverMind
        "Eén zin die de situatie schetst.", // template.oneLineThatSets
        "Servicebalie", // template.serviceDesk
        "Dank u, dit is meer dan ik verwachtte!", // template.thankYouThisWas
        "Het beste antwoord, met de juiste strategie.", // template.theBestReplyIn
        "De klant legt uit wat hij nodig heeft.", // template.theCustomerExplainsWhat
        "Bij de deur draait ze zich om.", // template.turnsBack
        "Wat de klant als eerste zegt.", // template.whatTheCustomerSays
        "Waarom dit het goede antwoord is, in de termen van de theorie.", // template.whyRight
        "Waarom dit verrukt.", // template.whyThisDelights
        "Waarom dit tekortschiet.", // template.whyThisFallsShort
        "Waarom dit de klant kost.", // template.whyThisLosesThe
        "Waarom dit werkt.", // template.whyThisWorks
        "Waarom dit werkt bij deze klant.", // template.whyThisWorksFor
        "Ja, dat was het wel, dank u wel hoor.", // template.yesThatSEverything
        "{source} '{site}' is geen webadres; geef het http://- of https://-adres van je site, zoals https://school.example/ally.", // xapi.source
    ]
}
