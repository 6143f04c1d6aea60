/**
 * Given names and family names for generated people, drawn from the backgrounds found in UK
 * university technical teams.
 */
export const GIVEN_NAMES: readonly string[] = [
  'James', 'Oliver', 'Harry', 'George', 'Thomas', 'Daniel', 'Matthew', 'Christopher', 'Andrew', 'Paul',
  'Mark', 'Stephen', 'David', 'Michael', 'Richard', 'Simon', 'Gareth', 'Rhys', 'Owen', 'Callum',
  'Ewan', 'Fraser', 'Liam', 'Connor', 'Sean', 'Declan', 'Ciaran', 'Niall', 'Jack', 'Ryan',
  'Emma', 'Sophie', 'Charlotte', 'Hannah', 'Lucy', 'Emily', 'Jessica', 'Rebecca', 'Sarah', 'Laura',
  'Rachel', 'Claire', 'Helen', 'Catherine', 'Joanne', 'Gemma', 'Kirsty', 'Nicola', 'Bethan', 'Ffion',
  'Cerys', 'Siobhan', 'Niamh', 'Aoife', 'Eilidh', 'Isla', 'Megan', 'Amy', 'Chloe', 'Zoe',
  'Mohammed', 'Imran', 'Tariq', 'Bilal', 'Usman', 'Hassan', 'Omar', 'Yusuf', 'Ali', 'Asif',
  'Aisha', 'Fatima', 'Zainab', 'Maryam', 'Sana', 'Amina', 'Nadia', 'Samira', 'Hina', 'Rukhsana',
  'Raj', 'Sanjay', 'Vikram', 'Arjun', 'Rohan', 'Amit', 'Deepak', 'Harpreet', 'Jaspreet', 'Gurdeep',
  'Priya', 'Anjali', 'Kavita', 'Sunita', 'Neha', 'Meera', 'Pooja', 'Simran', 'Navdeep', 'Ravinder',
  'Kwame', 'Kofi', 'Chidi', 'Emeka', 'Tunde', 'Olu', 'Femi', 'Yemi', 'Segun', 'Babajide',
  'Ngozi', 'Chioma', 'Adaeze', 'Funmi', 'Abena', 'Ama', 'Efua', 'Nia', 'Imani', 'Zawadi',
  'Wei', 'Jun', 'Hao', 'Lei', 'Ming', 'Xin', 'Yan', 'Mei', 'Li', 'Hui',
  'Hiroshi', 'Yuki', 'Kenji', 'Minh', 'Linh', 'Thanh', 'Jin', 'Soo-jin', 'Hyun', 'Ji-woo',
  'Piotr', 'Tomasz', 'Marek', 'Bartek', 'Kasia', 'Agnieszka', 'Magda', 'Ola', 'Andrzej', 'Ewa',
  'Luca', 'Marco', 'Giulia', 'Francesca', 'Carlos', 'Javier', 'Lucia', 'Ana', 'Joao', 'Ines',
  'Stefan', 'Lukas', 'Anna', 'Katrin', 'Mihai', 'Ioana', 'Dimitris', 'Eleni', 'Nikos', 'Sofia',
  'Ahmet', 'Elif', 'Mehmet', 'Leila', 'Reza', 'Darius', 'Yasmin', 'Karim', 'Rania', 'Tomas',
];

export const FAMILY_NAMES: readonly string[] = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Roberts',
  'Johnson', 'Lewis', 'Walker', 'Robinson', 'Wood', 'Thompson', 'White', 'Watson', 'Jackson', 'Wright',
  'Green', 'Harris', 'Cooper', 'King', 'Lee', 'Martin', 'Clarke', 'James', 'Morgan', 'Hughes',
  'Edwards', 'Hill', 'Moore', 'Clark', 'Harrison', 'Scott', 'Young', 'Morris', 'Hall', 'Ward',
  'Turner', 'Carter', 'Phillips', 'Mitchell', 'Patel', 'Adams', 'Campbell', 'Anderson', 'Allen', 'Cook',
  'Bailey', 'Parker', 'Miller', 'Davis', 'Murphy', 'Price', 'Bell', 'Baker', 'Griffiths', 'Kelly',
  'Simpson', 'Marshall', 'Collins', 'Bennett', 'Cox', 'Richardson', 'Fox', 'Gray', 'Rose', 'Chapman',
  'MacDonald', 'Campbell', 'Stewart', 'Fraser', 'McKenzie', 'Reid', 'Ross', 'Sinclair', 'Gallagher', 'Byrne',
  "O'Brien", "O'Neill", 'Doyle', 'Kavanagh', 'Quinn', 'Lynch', 'Llewellyn', 'Pritchard', 'Rees', 'Jenkins',
  'Khan', 'Hussain', 'Ahmed', 'Ali', 'Rahman', 'Iqbal', 'Akhtar', 'Mahmood', 'Qureshi', 'Siddiqui',
  'Sharma', 'Singh', 'Kaur', 'Gill', 'Sandhu', 'Bains', 'Mistry', 'Shah', 'Desai', 'Chauhan',
  'Okafor', 'Adeyemi', 'Mensah', 'Owusu', 'Boateng', 'Okonkwo', 'Bakare', 'Oladipo', 'Asante', 'Nwosu',
  'Chen', 'Wang', 'Zhang', 'Liu', 'Huang', 'Wong', 'Lam', 'Nguyen', 'Tran', 'Kim',
  'Park', 'Tanaka', 'Sato', 'Nowak', 'Kowalski', 'Wisniewski', 'Zielinski', 'Rossi', 'Bianchi', 'Romano',
  'Garcia', 'Fernandez', 'Martinez', 'Silva', 'Santos', 'Costa', 'Muller', 'Schmidt', 'Popescu', 'Papadopoulos',
  'Yilmaz', 'Demir', 'Hosseini', 'Karimi', 'Haddad', 'Mansour', 'Novak', 'Horvath', 'Jensen', 'Larsen',
];
