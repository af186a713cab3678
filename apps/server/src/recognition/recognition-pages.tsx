import type { FastifyPluginAsync } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { evaluateRecognition, recognitionData, validateRecognitionQuestion, type RecognitionAnswer } from "@velkomst/rules";
import { publicAccess } from "../platform/access.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { clearBest, findOccupations, type OccupationMatch } from "./occupation-search.ts";
import { educationLevels, type NavigatorAnswers } from "./recognition-paths.ts";
import { recognitionTexts } from "./recognition-texts.ts";
import { NavigatorPage } from "./recognition-views.tsx";

const countryCode = /^[A-Z]{2}$/;

const answerField = Type.Optional(Type.String({ maxLength: 200 }));

/** `GET /:lang/godkjenning`: the public recognition navigator, a GET form that needs no script and stores nothing. */
export const recognitionPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/:lang/godkjenning",
    {
      config: { access: publicAccess },
      schema: {
        params: Type.Object({ lang: languageParam }),
        // Any text is taken and answered on the page, next to its field.
        querystring: Type.Object({ q: answerField, occupation: answerField, country: answerField, citizenship: answerField, level: answerField, documents: answerField }),
      },
    },
    async (request, reply) => {
      const { lang } = request.params;
      const r = recognitionTexts(lang);
      const query = request.query;
      const answers: NavigatorAnswers = {
        q: (query.q ?? "").trim().slice(0, 80),
        ...(query.occupation ? { occupation: query.occupation } : {}),
        // A value the form cannot send (a hand-edited address) counts as not given.
        ...(query.country && countryCode.test(query.country) ? { country: query.country } : {}),
        ...(query.citizenship && countryCode.test(query.citizenship) ? { citizenship: query.citizenship } : {}),
        ...(query.level && (educationLevels as readonly string[]).includes(query.level) ? { level: query.level } : {}),
        documents: query.documents === "no" ? "no" : "yes",
      };
      const asked = query.q !== undefined || query.occupation !== undefined;
      const title = r("page.title");
      if (!asked) return sendPage(request, reply, <NavigatorPage answers={answers} errors={{ fields: {} }} />, { title });

      const errors: FormErrors = { fields: {} };
      const chosen = answers.occupation ? recognitionData().byId.get(answers.occupation) : undefined;
      let matches: OccupationMatch[] = [];
      let occupationId = chosen?.id;
      if (chosen) {
        answers.q = chosen.names[lang];
      } else if (!answers.q) {
        errors.fields.q = r("errors.occupationMissing");
      } else {
        matches = findOccupations(answers.q);
        if (matches.length === 0) errors.fields.q = r("errors.occupationNotFound", { text: answers.q });
        else occupationId = clearBest(matches)?.occupation.id;
      }
      if (!answers.country) errors.fields.country = r("errors.countryMissing");

      let answer: RecognitionAnswer | undefined;
      if (occupationId && answers.country) {
        const today = app.services.clock.today();
        const checked = validateRecognitionQuestion(
          {
            occupation: occupationId,
            educationCountry: answers.country,
            ...(answers.citizenship ? { citizenship: answers.citizenship } : {}),
            ...(answers.level ? { educationLevel: answers.level as (typeof educationLevels)[number] } : {}),
            hasDocuments: answers.documents !== "no",
            language: lang,
          },
          { today },
        );
        // The fields are checked above; what is left to fail is the data itself, which a test guards.
        if (!checked.ok) throw new Error(`navigator question refused: ${checked.errors.map((e) => e.path).join(", ")}`);
        answer = evaluateRecognition(checked.value, { today });
      }
      const failed = Object.keys(errors.fields).length > 0;
      const otherMatches = matches.filter((match) => match.occupation.id !== occupationId);
      return sendPage(request, reply, <NavigatorPage answers={answers} errors={errors} {...(answer && !failed ? { answer } : {})} matches={failed || answer ? otherMatches : matches} />, {
        title: answer && !failed ? `${r("result.heading", { occupation: answer.occupation.title })} – ${title}` : title,
        status: failed ? 400 : 200,
        personal: true,
      });
    },
  );
};
