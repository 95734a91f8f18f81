import { wordList } from './word-list.js';

/*
 * Capitalised German, Dutch, French, Spanish, Italian and Portuguese words that are not parts of a
 * person's name: articles and other sentence starters, calendar words, frequent nouns (German
 * capitalises every noun), places and organisations.
 */

/** German and Dutch. */
export const GERMANIC_COMMON_WORDS = wordList(`
Ik Jij Hij Zij Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Und Oder Aber Mit Von Vom Zu Zum Zur Im In Am
An Auf Aus Bei Beim Für Nach Über Unter Vor Hinter Neben Zwischen Durch Gegen Ohne Um Seit Bis Ist
Sind War Waren Hat Haben Wird Werden Kann Können Muss Soll Wir Ich Sie Er Es Ihr Ihre Ihnen Ihrem
Ihren Ihrer Mein Meine Dein Unser Unsere Euer Bitte Danke Hallo Liebe Lieber Liebes Sehr Viele Gruß
Grüße Grüßen Herzliche Beste Schöne Freundliche Wie Was Wer Wo Wann Warum Welche Welcher Dieser Diese
Dieses Jeder Alle Heute Morgen Gestern Hier Dort Jetzt Auch Noch Nur Schon Nicht Kein Keine Ja Nein
Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März Mai Juni Juli
Oktober Dezember Frühling Sommer Herbst Winter Weihnachten Ostern Deutsch Deutsche Deutschen
Deutscher Englisch Französisch Spanisch Italienisch Niederländisch Europa Straße Strasse Platz Weg
Gasse Allee Ring Damm Ufer Markt Bahnhof Hauptbahnhof Flughafen Stadt Dorf Land Haus Kirche Dom
Schule Universität Hochschule Klinik Krankenhaus Rathaus Firma Gruppe Team Abteilung Projekt Bericht
Rechnung Vertrag Kunde Kunden Kundin Kundinnen Frage Fragen Antwort Problem Fehler Datei Daten Seite Tabelle
Zeit Jahr Jahre Monat Woche Tag Tage Termin Geburtstag Urlaub Preis Preise Angebot Bestellung
Lieferung Mitarbeiter Mitarbeiterin Geschäftsführer Leiter Leiterin Bank Sparkasse Versicherung
Verein Stiftung Institut Amt Ministerium Regierung Bund Staat Gesellschaft Unternehmen Kollegen
Kolleginnen Damen Herren Team Familie Freunde Geschenk Feier Party Essen Wetter Welt Leben Liebe Glück
Arbeit Zukunft Geschichte Wirtschaft Politik Sicherheit Entwicklung Verwaltung Hilfe Beispiel
Hinweis Achtung Wichtig Info Fehlermeldung Anfrage Anmeldung Einladung Besprechung Sitzung Protokoll
Zusammenfassung Übersetzung Aufgabe Lösung Ergebnis Ergebnisse Stand Status Version Anhang Betreff
De Het Een En Of Maar Met Voor Op Naar Bij Uit Door Over Onder Tegen Zonder Tot Als Dat Dit Deze Die
Wij Zij Hij Jij Jullie Ons Onze Mijn Uw Graag Bedankt Dank Hoi Hallo Beste Geachte Groet Groeten
Vriendelijke Hartelijke Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Januari Februari
Maart Juni Juli Augustus Oktober Straat Plein Gracht Kade Laan Singel Dijk Kerk Station Gemeente
Bedrijf Groep Afdeling Klant Klanten Vraag Antwoord Factuur Bestelling Levering Prijs Nederland
Nederlands Nederlandse Belgisch Vlaams Amsterdam Rotterdam Eltern Mitglieder Freundinnen Mama Papa Oma Opa
Collega's Collega Vrienden Ouders Leden Allen Iedereen
`);

/** French, Spanish, Italian and Portuguese. */
export const ROMANCE_COMMON_WORDS = wordList(`
Departamento Departament Département Dipartimento Equipa Servicio Serviço Servizio Ufficio Reparto Squadra Vostro Nostro Nosso Seu Sua
Le La Les Un Une Des Du De Et Ou Mais Pour Avec Dans Sur Sous Chez Par Sans Vers Entre Depuis Pendant
Ce Cette Ces Mon Ma Mes Ton Ta Notre Nos Votre Vos Leur Leurs Je Tu Il Elle Nous Vous Ils Elles On
Merci Bonjour Bonsoir Salut Cher Chère Chers Madame Monsieur Mesdames Messieurs Cordialement Bien
Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août
Septembre Octobre Novembre Décembre Noël Pâques Français Française Anglais Allemand Espagnol Italien
Rue Avenue Place Boulevard Chemin Allée Impasse Quai Gare Église Musée Lycée École Université Société
Groupe Équipe Service Mairie Hôtel Château Tour Pont Port Saint Sainte Mont Île Paris France Europe
Client Clients Facture Commande Livraison Prix Question Réponse Problème Erreur Fichier Données
El Los Las Una Y O Pero Con Sin Para Por En Del Al Este Esta Estos Estas Mi Mis Tu Su Sus Nuestro
Nuestra Usted Ustedes Yo Él Ella Nosotros Ellos Gracias Hola Buenos Buenas Estimado Estimada
Querido Querida Saludos Atentamente Lunes Martes Miércoles Jueves Viernes Sábado Domingo Enero
Febrero Marzo Mayo Junio Julio Agosto Septiembre Setiembre Octubre Noviembre Diciembre Navidad
Español Española Inglés Alemán Francés Calle Plaza Avenida Paseo Camino Carretera Iglesia Museo
Hospital Universidad Colegio Empresa Grupo Equipo Banco Santa San Santo Puerto Río Costa Sierra
Villa Cliente Factura Pedido Entrega Precio Pregunta Respuesta Error Archivo Datos Señor Señora
Il Lo Gli Uno E Ma Per Da Di Su Nel Nella Della Dello Degli Delle Questo Questa Io Noi Voi Loro Lei
Grazie Ciao Buongiorno Buonasera Gentile Egregio Caro Cara Saluti Cordiali Distinti Lunedì Martedì
Mercoledì Giovedì Venerdì Sabato Domenica Gennaio Febbraio Aprile Maggio Giugno Luglio Settembre
Ottobre Dicembre Natale Pasqua Italiano Italiana Inglese Tedesco Francese Via Viale Piazza Corso
Largo Vicolo Chiesa Duomo Museo Ospedale Università Scuola Società Banca Porta Ponte Monte Palazzo
Castello Stazione Comune Regione Fattura Ordine Consegna Prezzo Domanda Risposta Errore Dati
O A Os As Um Uma Ou Mas Com Sem Em No Na Nos Nas Do Da Dos Das Ao Aos Eu Ele Ela Nós Eles Elas
Você Vocês Obrigado Obrigada Olá Bom Boa Prezado Prezada Caro Cara Cumprimentos Atenciosamente
Abraços Segunda Terça Quarta Quinta Sexta Janeiro Fevereiro Março Abril Maio Junho Julho Setembro
Outubro Novembro Dezembro Português Portuguesa Brasileiro Brasileira Rua Praça Travessa Alameda
Estrada Igreja Museu Universidade Escola Empresa Senhor Senhora São Porto Rio Vila Lisboa
Pedido Encomenda Fatura Preço Pergunta Resposta Erro Arquivo Ficheiro Collègues Amis Parents Membres
Maman Compañeros Amigos Padres Miembros Mamá Papá Colleghi Amici Genitori Soci Tutti Colegas Pais Membros
Todos Todas Tous
`);
